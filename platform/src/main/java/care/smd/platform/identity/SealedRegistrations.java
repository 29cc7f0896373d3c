package care.smd.platform.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import care.smd.kernel.patient.ClinicalBackground;
import care.smd.kernel.patient.Consent;
import care.smd.kernel.patient.Diagnosis;
import care.smd.kernel.patient.Guardian;
import care.smd.kernel.patient.PatientId;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.patient.PersonalDetails;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/**
 * How a registration is stored: everything that identifies the person (the personal
 * details, the guardian, who signed the consent) is sealed with the patient's own key;
 * what the rates need stays readable. A registration stored before sealing existed (with
 * a plain {@code person}) still reads. Once the key is erased the registration reads with
 * no person, no guardian and an erased signer.
 */
public final class SealedRegistrations {

	/** The signer shown once the identity has been erased. */
	public static final String ERASED = "已删除 erased";

	/**
	 * The signer of a registration read without opening its identity ({@link #withheld}).
	 */
	public static final String WITHHELD = "未打开 withheld";

	/**
	 * The sealed part: key id and AES-GCM ciphertext (base64), bound to the patient id.
	 */
	record SealedIdentity(String keyId, String ciphertext) {
	}

	/** What is sealed. */
	record Identity(PersonalDetails person, Guardian guardian, String consentSignedBy) {

		@Override
		public String toString() {
			return "Identity[masked]";
		}

	}

	/** The stored shape. */
	record StoredRegistration(PatientId patientId, JurisdictionCode jurisdiction, LocalDate registeredOn,
			SealedIdentity identity, boolean consentGiven, LocalDate consentDate, Diagnosis diagnosis,
			ClinicalBackground background, LocalDate firstFollowUpDue) {
	}

	private SealedRegistrations() {
	}

	/**
	 * A Jackson module that seals registrations with the given keys; plain is the mapper
	 * without it.
	 */
	public static SimpleModule module(IdentityKeys keys, ObjectMapper plain) {
		SimpleModule module = new SimpleModule("sealed-registrations");
		module.addSerializer(PatientRegistered.class, new Writer(keys, plain));
		module.addDeserializer(PatientRegistered.class, new Reader(keys, plain, ERASED));
		return module;
	}

	/**
	 * A Jackson module that reads registrations without opening their sealed identity: no
	 * person, no guardian, and the signer {@link #WITHHELD}. For readers that need none
	 * of it, such as a write node deciding a command on a case; reading this way neither
	 * looks up nor unwraps the patient's key.
	 */
	public static SimpleModule withheld(ObjectMapper plain) {
		return new SimpleModule("withheld-registrations").addDeserializer(PatientRegistered.class,
				new Reader(null, plain, WITHHELD));
	}

	static final class Writer extends StdSerializer<PatientRegistered> {

		private final transient IdentityKeys keys;

		private final transient ObjectMapper plain;

		Writer(IdentityKeys keys, ObjectMapper plain) {
			super(PatientRegistered.class);
			this.keys = keys;
			this.plain = plain;
		}

		@Override
		public void serialize(PatientRegistered event, JsonGenerator json, SerializerProvider provider)
				throws IOException {
			String id = event.patientId().value();
			byte[] identity = this.plain
				.writeValueAsBytes(new Identity(event.person(), event.guardian(), event.consent().signedBy()));
			String ciphertext = Base64.getEncoder()
				.encodeToString(Aes.seal(this.keys.keyFor(id), identity, id.getBytes(StandardCharsets.UTF_8)));
			this.plain.writeValue(json,
					new StoredRegistration(event.patientId(), event.jurisdiction(), event.registeredOn(),
							new SealedIdentity(id, ciphertext), event.consent().given(), event.consent().date(),
							event.diagnosis(), event.background(), event.firstFollowUpDue()));
		}

	}

	static final class Reader extends StdDeserializer<PatientRegistered> {

		private final transient IdentityKeys keys;

		private final transient ObjectMapper plain;

		/** the signer when the identity is not opened */
		private final String unopened;

		/**
		 * @param keys the patients' keys; null to leave every identity sealed
		 */
		Reader(IdentityKeys keys, ObjectMapper plain, String unopened) {
			super(PatientRegistered.class);
			this.keys = keys;
			this.plain = plain;
			this.unopened = unopened;
		}

		@Override
		public PatientRegistered deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			JsonNode tree = parser.readValueAsTree();
			if (tree.has("person")) {
				return this.plain.treeToValue(tree, PatientRegistered.class);
			}
			StoredRegistration stored = this.plain.treeToValue(tree, StoredRegistration.class);
			Optional<Identity> identity = open(stored);
			Consent consent = new Consent(stored.consentGiven(),
					identity.map(Identity::consentSignedBy).orElse(this.unopened), stored.consentDate());
			return new PatientRegistered(stored.patientId(), stored.jurisdiction(), stored.registeredOn(),
					identity.map(Identity::person).orElse(null), identity.map(Identity::guardian).orElse(null), consent,
					stored.diagnosis(), stored.background(), stored.firstFollowUpDue());
		}

		private Optional<Identity> open(StoredRegistration stored) throws IOException {
			if (this.keys == null) {
				return Optional.empty();
			}
			String id = stored.patientId().value();
			Optional<byte[]> key = this.keys.existingKey(stored.identity().keyId());
			if (key.isEmpty()) {
				return Optional.empty();
			}
			try {
				byte[] identity = Aes.open(key.get(), Base64.getDecoder().decode(stored.identity().ciphertext()),
						id.getBytes(StandardCharsets.UTF_8));
				return Optional.of(this.plain.readValue(identity, Identity.class));
			}
			catch (GeneralSecurityException ex) {
				throw new IOException("the sealed identity of " + id + " does not open with its key", ex);
			}
		}

	}

}
