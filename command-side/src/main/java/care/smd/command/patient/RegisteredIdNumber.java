package care.smd.command.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * ID-number fingerprint -> case. The primary key makes a second registration of the same
 * person fail even when two doctors send it at the same moment.
 */
@Entity
@Table(name = "cmd_registered_id_number")
class RegisteredIdNumber {

	@Id
	@Column(length = 64)
	private String fingerprint;

	@Column(length = 36, nullable = false)
	private String patientId;

	protected RegisteredIdNumber() {
	}

	RegisteredIdNumber(String fingerprint, String patientId) {
		this.fingerprint = fingerprint;
		this.patientId = patientId;
	}

	String patientId() {
		return this.patientId;
	}

}
