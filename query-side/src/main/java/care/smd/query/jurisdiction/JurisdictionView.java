package care.smd.query.jurisdiction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A jurisdiction as readers see it: name, resident population, level in the prefix tree.
 */
@Entity
@Table(name = "q_jurisdiction")
class JurisdictionView {

	@Id
	@Column(length = 12)
	String code;

	@Column(length = 100, nullable = false)
	String name;

	long population;

	int codeLength;

	protected JurisdictionView() {
	}

	JurisdictionView(String code) {
		this.code = code;
		this.codeLength = code.length();
	}

}
