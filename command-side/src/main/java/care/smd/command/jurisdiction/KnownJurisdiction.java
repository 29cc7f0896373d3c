package care.smd.command.jurisdiction;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The write side's index of defined jurisdictions, kept in the transaction that defines
 * them.
 */
@Entity
@Table(name = "cmd_known_jurisdiction")
class KnownJurisdiction {

	@Id
	private String code;

	protected KnownJurisdiction() {
	}

	KnownJurisdiction(String code) {
		this.code = code;
	}

}
