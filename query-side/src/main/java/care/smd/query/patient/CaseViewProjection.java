package care.smd.query.patient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import care.smd.kernel.careteam.CareTeamAssigned;
import care.smd.kernel.careteam.CareTeamChanged;
import care.smd.kernel.careteam.CareTeamDissolved;
import care.smd.kernel.followup.FollowUpRecorded;
import care.smd.kernel.followup.HospitalisationStatus;
import care.smd.kernel.followup.RiskAssessed;
import care.smd.kernel.patient.IdNumberFingerprint;
import care.smd.kernel.patient.PatientDeregistered;
import care.smd.kernel.patient.PatientDied;
import care.smd.kernel.patient.PatientEvent;
import care.smd.kernel.patient.PatientFoundAgain;
import care.smd.kernel.patient.PatientIdentityErased;
import care.smd.kernel.patient.PatientLostToFollowUp;
import care.smd.kernel.patient.PatientRegistered;
import care.smd.kernel.patient.PatientStatus;
import care.smd.kernel.patient.PatientTransferredIn;
import care.smd.kernel.patient.PatientTransferredOut;
import care.smd.kernel.patient.DuplicateAbsorbed;
import care.smd.kernel.patient.DuplicateReleased;
import care.smd.kernel.patient.MergeUndone;
import care.smd.kernel.patient.PatientMergedInto;
import care.smd.kernel.patient.TransferProposed;
import care.smd.kernel.patient.TransferRejected;
import care.smd.kernel.patient.TransferWithdrawn;
import care.smd.kernel.referral.PatientAdmitted;
import care.smd.kernel.referral.PatientDischarged;
import care.smd.platform.axon.EventJson;
import care.smd.query.projection.PerBatch;
import care.smd.query.projection.NewRows;

/**
 * The current state of each case. Backdated records never overwrite later ones: the
 * latest visit and the latest danger assessment are chosen by the day they happened.
 */
@Component
@ProcessingGroup(CaseViewProjection.GROUP)
class CaseViewProjection {

	static final String GROUP = "case-views";

	private static final String VIEWS = CaseViewProjection.class.getName() + ".views";

	private static final String REGISTERED = CaseViewProjection.class.getName() + ".registered";

	private static final String NEW_FILES = CaseViewProjection.class.getName() + ".newFiles";

	private final EntityManager entities;

	private final IdNumberFingerprint fingerprint;

	private final ObjectMapper json = EventJson.mapper();

	private final NewRows newRows;

	CaseViewProjection(EntityManager entities, IdNumberFingerprint fingerprint, NewRows newRows) {
		this.entities = entities;
		this.fingerprint = fingerprint;
		this.newRows = newRows;
	}

	@EventHandler
	void on(PatientRegistered event, @SequenceNumber long sequence) throws JsonProcessingException {
		String patientId = event.patientId().value();
		CaseView existing = stored(patientId).or(() -> Optional.ofNullable(registered().get(patientId))).orElse(null);
		CaseView view = existing != null ? existing : new CaseView(patientId);
		view.jurisdiction = event.jurisdiction().value();
		view.status = PatientStatus.ACTIVE;
		view.name = event.person() == null ? null : event.person().name();
		view.idFingerprint = event.person() == null ? null : this.fingerprint.of(event.person().idNumber());
		view.personFingerprint = event.person() == null ? null : this.fingerprint.ofPerson(event.person().name(),
				event.person().birthDate(), event.guardian() == null ? null : event.guardian().phone());
		view.disorder = event.diagnosis().disorder();
		view.registeredOn = event.registeredOn();
		view.nextDue = event.firstFollowUpDue();
		view.version = sequence;
		if (existing == null) {
			registered().put(patientId, view);
			newFiles().put(patientId, new CaseFile(patientId));
		}
		file(patientId).registrationJson = new String(RegistrationJson.of(event), StandardCharsets.UTF_8);
	}

	@EventHandler
	void on(FollowUpRecorded event, @SequenceNumber long sequence) {
		CaseView view = view(event, sequence);
		LocalDate day = event.visit().date();
		if (view.lastVisitDate == null || !day.isBefore(view.lastVisitDate)) {
			view.lastVisitDate = day;
			view.latestClassification = event.effectiveClassification();
			view.nextDue = view.status.isClosed() ? null : event.nextDueDate();
			HospitalisationStatus hospitalisation = event.visit().hospitalisation();
			if (hospitalisation != null) {
				view.inHospital = hospitalisation == HospitalisationStatus.IN_HOSPITAL;
			}
		}
		if (event.visit().dangerLevel() != null) {
			danger(view, day, event.visit().dangerLevel().value());
		}
	}

	@EventHandler
	void on(RiskAssessed event, @SequenceNumber long sequence) {
		danger(view(event, sequence), event.date(), event.dangerLevel().value());
	}

	@EventHandler
	void on(PatientAdmitted event, @SequenceNumber long sequence) {
		view(event, sequence).inHospital = true;
	}

	@EventHandler
	void on(PatientDischarged event, @SequenceNumber long sequence) {
		CaseView view = view(event, sequence);
		view.inHospital = false;
		if (view.lastVisitDate == null || view.lastVisitDate.isBefore(event.date())) {
			view.nextDue = event.followUpDue();
		}
	}

	@EventHandler
	void on(PatientLostToFollowUp event, @SequenceNumber long sequence) {
		view(event, sequence).status = PatientStatus.LOST;
	}

	@EventHandler
	void on(PatientFoundAgain event, @SequenceNumber long sequence) {
		view(event, sequence).status = PatientStatus.ACTIVE;
	}

	@EventHandler
	void on(PatientDied event, @SequenceNumber long sequence) {
		close(view(event, sequence), PatientStatus.DECEASED);
	}

	@EventHandler
	void on(PatientDeregistered event, @SequenceNumber long sequence) {
		close(view(event, sequence), PatientStatus.DEREGISTERED);
	}

	@EventHandler
	void on(PatientMergedInto event, @SequenceNumber long sequence) {
		CaseView view = view(event, sequence);
		// the due date stays: an undone merge puts the case back on the worklist as it
		// was
		view.status = PatientStatus.MERGED;
		view.mergedInto = event.survivorId().value();
		view.pendingTransferTo = null;
	}

	@EventHandler
	void on(MergeUndone event, @SequenceNumber long sequence) {
		CaseView view = view(event, sequence);
		view.status = event.restoredStatus();
		view.mergedInto = null;
	}

	@EventHandler
	void on(DuplicateAbsorbed event, @SequenceNumber long sequence) {
		CaseView view = view(event, sequence);
		List<String> duplicates = new java.util.ArrayList<>(view.duplicates());
		if (!duplicates.contains(event.duplicateId().value())) {
			duplicates.add(event.duplicateId().value());
		}
		view.mergedDuplicates = String.join(",", duplicates);
	}

	@EventHandler
	void on(DuplicateReleased event, @SequenceNumber long sequence) {
		CaseView view = view(event, sequence);
		List<String> duplicates = new java.util.ArrayList<>(view.duplicates());
		duplicates.remove(event.duplicateId().value());
		view.mergedDuplicates = duplicates.isEmpty() ? null : String.join(",", duplicates);
	}

	@EventHandler
	void on(TransferProposed event, @SequenceNumber long sequence) {
		view(event, sequence).pendingTransferTo = event.toJurisdiction().value();
	}

	@EventHandler
	void on(TransferRejected event, @SequenceNumber long sequence) {
		view(event, sequence).pendingTransferTo = null;
	}

	@EventHandler
	void on(TransferWithdrawn event, @SequenceNumber long sequence) {
		view(event, sequence).pendingTransferTo = null;
	}

	@EventHandler
	void on(PatientTransferredOut event, @SequenceNumber long sequence) {
		CaseView view = view(event, sequence);
		close(view, PatientStatus.MOVED_OUT);
		view.transferTo = event.toJurisdiction().value();
	}

	@EventHandler
	void on(PatientTransferredIn event, @SequenceNumber long sequence) {
		CaseView view = view(event, sequence);
		view.status = PatientStatus.ACTIVE;
		view.jurisdiction = event.jurisdiction().value();
		view.transferTo = null;
		view.nextDue = event.followUpDue();
	}

	@EventHandler
	void on(CareTeamAssigned event, @SequenceNumber long sequence) throws JsonProcessingException {
		CaseView view = view(event, sequence);
		view.careTeam = true;
		file(view.id).careTeamJson = this.json.writeValueAsString(event.members());
	}

	@EventHandler
	void on(CareTeamChanged event, @SequenceNumber long sequence) throws JsonProcessingException {
		file(view(event, sequence).id).careTeamJson = this.json.writeValueAsString(event.members());
	}

	@EventHandler
	void on(CareTeamDissolved event, @SequenceNumber long sequence) {
		CaseView view = view(event, sequence);
		view.careTeam = false;
		file(view.id).careTeamJson = null;
	}

	@EventHandler
	void on(PatientIdentityErased event, @SequenceNumber long sequence) {
		CaseView view = view(event, sequence);
		view.name = null;
		view.idFingerprint = null;
		view.personFingerprint = null;
		CaseFile file = file(view.id);
		file.registrationJson = null;
		file.careTeamJson = null;
	}

	@ResetHandler
	void reset() {
		this.entities.createQuery("delete from CaseView").executeUpdate();
		this.entities.createQuery("delete from CaseFile").executeUpdate();
	}

	private CaseView view(PatientEvent event, long sequence) {
		String patientId = event.patientId().value();
		CaseView view = registered().get(patientId);
		if (view == null) {
			stored(patientId);
			// in memory: read with the batch's
			view = this.entities.find(CaseView.class, patientId);
		}
		view.version = Math.max(view.version, sequence);
		return view;
	}

	/**
	 * The cases registered in this batch, persisted when it commits with what its later
	 * events made of them. Persisted at once, a case was inserted as registered and then
	 * updated, two writes of its row and of each of its four indexes (next_due changes,
	 * so the update is not HOT): 97.5% of the cases in a replay, where a case's history
	 * comes in one batch (docs/benchmarks.md, sessions 17 and 20).
	 */
	private Map<String, CaseView> registered() {
		return PerBatch.writtenAtCommit(REGISTERED,
				(views) -> this.newRows.insert(views.values(), CaseView.COPY_INTO, CaseView::row));
	}

	/**
	 * The case files of the cases registered in this batch, persisted when it commits: in
	 * a replay every case is new, and a read for each would find nothing.
	 */
	private Map<String, CaseFile> newFiles() {
		return PerBatch.writtenAtCommit(NEW_FILES,
				(files) -> this.newRows.insert(files.values(), CaseFile.COPY_INTO, CaseFile::row));
	}

	/** The case's file, made if it has none (one registered before V18 has one). */
	private CaseFile file(String patientId) {
		CaseFile file = newFiles().get(patientId);
		if (file == null) {
			file = this.entities.find(CaseFile.class, patientId);
		}
		if (file == null) {
			file = new CaseFile(patientId);
			this.entities.persist(file);
		}
		return file;
	}

	/** The case view as stored before this batch. */
	private Optional<CaseView> stored(String patientId) {
		return PerBatch.get(VIEWS, patientId, this::loadViews,
				(id) -> Optional.ofNullable(this.entities.find(CaseView.class, id)));
	}

	/** The batch's case views in one query; each lookup then finds its own in memory. */
	private Map<String, Optional<CaseView>> loadViews(Set<String> patientIds) {
		return PerBatch.byId(this.entities, CaseView.class, patientIds, (view) -> view.id);
	}

	private static void danger(CaseView view, LocalDate day, int level) {
		if (view.latestDangerDate == null || !day.isBefore(view.latestDangerDate)) {
			view.latestDangerDate = day;
			view.latestDangerLevel = level;
		}
	}

	private static void close(CaseView view, PatientStatus status) {
		view.status = status;
		view.nextDue = null;
		view.pendingTransferTo = null;
	}

}
