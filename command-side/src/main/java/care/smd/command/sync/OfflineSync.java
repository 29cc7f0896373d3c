package care.smd.command.sync;

import java.time.Clock;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import care.smd.command.patient.RegistrationRequest;
import care.smd.kernel.followup.AssessRisk;
import care.smd.kernel.followup.DangerLevel;
import care.smd.kernel.followup.FollowUpForm;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.followup.GivePsychologicalSupport;
import care.smd.kernel.followup.RecordFollowUp;
import care.smd.kernel.followup.RecordRehabilitation;
import care.smd.kernel.followup.SupportRecipient;
import care.smd.kernel.common.Sha256;
import care.smd.kernel.patient.PatientId;
import care.smd.platform.axon.Commands;
import care.smd.platform.web.Failures;
import care.smd.platform.web.Problems;

/**
 * Applies one queued write exactly once: the write and the note that it was applied
 * commit together, so a replay (the client never saw the answer, or sends its queue
 * twice) finds the note and answers the first result.
 */
@Component
class OfflineSync {

	private static final Logger log = LoggerFactory.getLogger(OfflineSync.class);

	private static final int ATTEMPTS = 3;

	/** How an item ended. */
	enum Outcome {

		APPLIED, ALREADY_APPLIED, REJECTED

	}

	/**
	 * @param consistencyToken for a read of the item's case that must see it (the
	 * X-Consistency-Token header)
	 */
	record ItemResult(String itemId, Outcome outcome, JsonNode result, Long consistencyToken, ProblemDetail problem) {
	}

	record RiskBody(LocalDate date, DangerLevel dangerLevel, String note) {
	}

	record RehabilitationBody(LocalDate date, String kind) {
	}

	record SupportBody(LocalDate date, SupportRecipient recipient, String note) {
	}

	private final Commands commands;

	private final EntityManager entities;

	private final TransactionTemplate ownTransaction;

	private final ObjectMapper json;

	private final Clock clock;

	OfflineSync(Commands commands, EntityManager entities, PlatformTransactionManager transactions, ObjectMapper json,
			Clock clock) {
		this.commands = commands;
		this.entities = entities;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
		this.clock = clock;
	}

	ItemResult apply(QueuedWrite item, String user) {
		String key = user + ":" + item.itemId();
		String hash = hash(item);
		for (int attempt = 1;; attempt++) {
			AppliedItem earlier = this.ownTransaction.execute((tx) -> this.entities.find(AppliedItem.class, key));
			if (earlier != null) {
				return replayed(item, earlier, hash);
			}
			try {
				JsonNode result = this.ownTransaction.execute((tx) -> {
					JsonNode answer = send(item);
					this.entities.persist(new AppliedItem(key, hash, answer.toString(), this.clock.instant()));
					this.entities.flush();
					return answer;
				});
				return new ItemResult(item.itemId(), Outcome.APPLIED, result, position(item), null);
			}
			catch (ConcurrencyException | DataIntegrityViolationException raced) {
				// another node wrote the same case, or applied this very item, at the
				// same moment: decide again on what is stored now
				if (attempt == ATTEMPTS) {
					return rejected(item, raced);
				}
			}
			catch (RuntimeException refused) {
				return rejected(item, refused);
			}
		}
	}

	private ItemResult replayed(QueuedWrite item, AppliedItem earlier, String hash) {
		if (!earlier.requestHash.equals(hash)) {
			ProblemDetail problem = Problems.problem(HttpStatus.CONFLICT, "item-id-reused", "Item id already used",
					"This item id was applied earlier to a different write; give each queued write its own id.");
			return new ItemResult(item.itemId(), Outcome.REJECTED, null, null, problem);
		}
		try {
			return new ItemResult(item.itemId(), Outcome.ALREADY_APPLIED, this.json.readTree(earlier.result),
					position(item), null);
		}
		catch (JsonProcessingException ex) {
			throw new java.io.UncheckedIOException("stored sync result is unreadable", ex);
		}
	}

	private static ItemResult rejected(QueuedWrite item, RuntimeException ex) {
		ProblemDetail problem = Failures.describe(ex);
		if (problem == null) {
			log.error("Unexpected failure applying a queued write ({})", ex.getClass().getName(), ex);
			problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
					"This item could not be applied; nothing was recorded. The operators have been told.");
		}
		return new ItemResult(item.itemId(), Outcome.REJECTED, null, null, problem);
	}

	private Long position(QueuedWrite item) {
		return this.ownTransaction.execute((tx) -> this.commands.positionOf(item.patientId()));
	}

	private JsonNode send(QueuedWrite item) {
		PatientId patient = PatientId.of(item.patientId());
		ObjectNode answer = this.json.createObjectNode().put("patientId", patient.value());
		switch (item.kind()) {
			case REGISTER_PATIENT -> {
				ObjectNode body = item.body().deepCopy();
				body.put("id", patient.value());
				this.commands.send(read(body, RegistrationRequest.class).toCommand());
			}
			case RECORD_FOLLOW_UP -> {
				FollowUpRecorded recorded = this.commands
					.send(new RecordFollowUp(patient, item.itemId(), read(item.body(), FollowUpForm.class)));
				answer.put("followUpId", recorded.followUpId())
					.put("classification", recorded.effectiveClassification().name())
					.put("nextDueDate", recorded.nextDueDate().toString());
			}
			case ASSESS_RISK -> {
				RiskBody risk = read(item.body(), RiskBody.class);
				this.commands.send(new AssessRisk(patient, risk.date(), risk.dangerLevel(), risk.note()));
			}
			case RECORD_REHABILITATION -> {
				RehabilitationBody rehabilitation = read(item.body(), RehabilitationBody.class);
				this.commands.send(new RecordRehabilitation(patient, rehabilitation.date(), rehabilitation.kind()));
			}
			case GIVE_PSYCHOLOGICAL_SUPPORT -> {
				SupportBody support = read(item.body(), SupportBody.class);
				this.commands
					.send(new GivePsychologicalSupport(patient, support.date(), support.recipient(), support.note()));
			}
		}
		return answer;
	}

	private <T> T read(JsonNode body, Class<T> type) {
		try {
			return this.json.treeToValue(body, type);
		}
		catch (JsonProcessingException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String hash(QueuedWrite item) {
		return Sha256.hex(item.kind() + "|" + item.patientId() + "|" + item.body());
	}

}
