package care.smd.query.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * Changes of state counts of one jurisdiction prefix in one month. The count at a month's
 * end is the sum of the changes up to and including that month, so a new month needs no
 * work until something happens.
 */
@Entity
@Table(name = "q_ind_state", indexes = @Index(name = "ix_ind_state_prefix_month", columnList = "prefix, monthKey"))
class StateRow {

	@Id
	@Column(length = 30)
	String id;

	@Column(length = 12, nullable = false)
	String prefix;

	/** yyyy-MM, which sorts like the months */
	@Column(length = 7, nullable = false)
	String monthKey;

	int registered;

	int schizophrenia;

	int homeDwelling;

	int lost;

	int needsTeam;

	int teamCovered;

	protected StateRow() {
	}

}
