package care.smd.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain; locked while an entry is appended, so every node appends in one
 * order.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

	static final int ID = 1;

	@Id
	int id = ID;

	long lastSequence;

	@Column(length = 64, nullable = false)
	String lastHash = AuditTrail.GENESIS;

}
