package care.smd.query.patient;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import care.smd.kernel.followup.Classification;
import care.smd.kernel.patient.PatientStatus;
import care.smd.kernel.patient.SevereDisorder;

/**
 * One row per case: what a doctor's list, search and worklist need. No index holds a
 * column a follow-up changes, so that its update stays on the row's page (migration V17);
 * the registration and the care team are in the case's {@link CaseFile}, so that the row
 * a follow-up writes again is small (V18).
 */
@Entity
@Table(name = "q_case_view",
		indexes = { @Index(name = "ix_case_jurisdiction", columnList = "jurisdiction"),
				@Index(name = "ix_case_fingerprint", columnList = "idFingerprint"),
				@Index(name = "ix_case_person", columnList = "personFingerprint") })
class CaseView {

	@Id
	@Column(length = 36)
	String id;

	@Column(length = 12, nullable = false)
	String jurisdiction;

	@Enumerated(EnumType.STRING)
	@Column(length = 20, nullable = false)
	PatientStatus status;

	@Column(length = 50)
	String name;

	@Column(length = 64)
	String idFingerprint;

	/** keyed fingerprint of name, birth date and guardian's phone, to find duplicates */
	@Column(length = 64)
	String personFingerprint;

	/** the case this one was merged into, as a duplicate */
	@Column(length = 36)
	String mergedInto;

	/** the duplicates merged into this case, comma-separated */
	@Column(length = 2000)
	String mergedDuplicates;

	@Enumerated(EnumType.STRING)
	@Column(length = 60)
	SevereDisorder disorder;

	LocalDate registeredOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	Classification latestClassification;

	Integer latestDangerLevel;

	LocalDate latestDangerDate;

	LocalDate lastVisitDate;

	LocalDate nextDue;

	boolean inHospital;

	boolean careTeam;

	@Column(length = 12)
	String transferTo;

	/** a proposed hand-over still waiting for the receiving community */
	@Column(length = 12)
	String pendingTransferTo;

	/** the aggregate sequence number of the last event applied */
	long version;

	/**
	 * The table and columns of {@link #row()}, for a copy of new views
	 * ({@code Sql.copyRows}).
	 */
	static final String COPY_INTO = "q_case_view (id, jurisdiction, status, name, id_fingerprint, "
			+ "person_fingerprint, merged_into, merged_duplicates, disorder, registered_on, latest_classification, "
			+ "latest_danger_level, latest_danger_date, last_visit_date, next_due, in_hospital, care_team, "
			+ "transfer_to, pending_transfer_to, version)";

	protected CaseView() {
	}

	CaseView(String id) {
		this.id = id;
	}

	/** The view as the columns of {@link #COPY_INTO}, stored as the mapping stores it. */
	Object[] row() {
		return new Object[] { this.id, this.jurisdiction, name(this.status), this.name, this.idFingerprint,
				this.personFingerprint, this.mergedInto, this.mergedDuplicates, name(this.disorder), this.registeredOn,
				name(this.latestClassification), this.latestDangerLevel, this.latestDangerDate, this.lastVisitDate,
				this.nextDue, this.inHospital, this.careTeam, this.transferTo, this.pendingTransferTo, this.version };
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	java.util.List<String> duplicates() {
		return this.mergedDuplicates == null || this.mergedDuplicates.isEmpty() ? java.util.List.of()
				: java.util.List.of(this.mergedDuplicates.split(","));
	}

	boolean isHighRisk() {
		return this.latestClassification == Classification.UNSTABLE
				|| (this.latestDangerLevel != null && this.latestDangerLevel >= 3);
	}

}
