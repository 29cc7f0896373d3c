package care.smd.query.referral;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

import care.smd.kernel.referral.ReferralOutcome;
import care.smd.kernel.referral.Urgency;

/** One referral as the receiving hospital and the referring community see it. */
@Entity
@Table(name = "q_referral", indexes = @Index(name = "ix_referral_hospital", columnList = "hospital, outcome"))
class ReferralView {

	@Id
	@Column(length = 80)
	String id;

	@Column(length = 36, nullable = false)
	String patientId;

	@Column(length = 12, nullable = false)
	String jurisdiction;

	@Column(length = 50)
	String patientName;

	LocalDate date;

	@Column(length = 500)
	String reason;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	Urgency urgency;

	@Column(length = 200, nullable = false)
	String hospital;

	@Column(length = 100)
	String department;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	ReferralOutcome outcome;

	LocalDate outcomeDate;

	protected ReferralView() {
	}

	ReferralView(String id) {
		this.id = id;
	}

}
