package care.smd.query.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.jurisdiction.CodeRange;
import care.smd.platform.web.Paging;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.kernel.patient.SevereDisorder;
import care.smd.platform.audit.AuditTrail;
import care.smd.platform.security.CaseAccess;

@RestController
@Tag(name = "Transfers 迁移", description = "Hand-overs between communities: proposed, accepted, declined")
class TransferQueryController {

	/** INCOMING: offered to my communities; OUTGOING: offered by them. */
	enum Direction {

		INCOMING, OUTGOING

	}

	record Transfer(String transferId, String patientId, String name, SevereDisorder disorder, String fromJurisdiction,
			String toJurisdiction, LocalDate proposedOn, String reason, TransferStatus status, String statusLabel,
			LocalDate decidedOn, String decisionReason, long daysWaiting) {

		/** Spring MVC logs bodies at debug level: identity stays out of them. */
		@Override
		public String toString() {
			return "Transfer[" + this.transferId + ", masked]";
		}

	}

	private final JdbcTemplate jdbc;

	private final CaseAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	TransferQueryController(JdbcTemplate jdbc, CaseAccess access, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/api/transfers")
	@Operation(summary = "Transfers offered to (INCOMING, default) or by (OUTGOING) communities in your scope",
			description = "The receiving doctor's inbox: accept with POST /api/patients/{id}/arrivals, decline with "
					+ "POST /api/patients/{id}/transfers/rejection. status defaults to PENDING; the oldest first. "
					+ "Pages of `size` (1-500, default 100) from `page` 0; X-Total-Count holds the number of all.")
	ResponseEntity<List<Transfer>> transfers(@RequestParam(required = false) String jurisdiction,
			@RequestParam(defaultValue = "INCOMING") Direction direction,
			@RequestParam(defaultValue = "PENDING") TransferStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size, Authentication reader, HttpServletRequest request) {
		String prefix = this.access.caseScope(reader, jurisdiction == null ? null : JurisdictionCode.of(jurisdiction));
		Paging paging = new Paging(page, size);
		this.audit.record(reader, AuditTrail.Action.WORKLIST_READ, null, request);
		String side = direction == Direction.INCOMING ? "t.to_jurisdiction" : "t.from_jurisdiction";
		String where = " from q_transfer t where " + side + " between ? and ? and t.status = ?";
		LocalDate today = LocalDate.now(this.clock);
		CodeRange communities = CodeRange.communitiesUnder(prefix);
		Object[] arguments = { communities.low(), communities.high(), status.name() };
		List<Transfer> items = this.jdbc.query(
				"select t.id, t.patient_id, c.name, c.disorder, t.from_jurisdiction, "
						+ "t.to_jurisdiction, t.proposed_on, t.reason, t.status, t.decided_on, t.decision_reason"
						+ where.replace(" where ", " left join q_case_view c on c.id = t.patient_id where ")
						+ " order by t.proposed_on, t.id limit " + paging.size() + " offset " + paging.first(),
				(rs, n) -> transfer(rs, today), arguments);
		return Paging.answer(items, this.jdbc.queryForObject("select count(*)" + where, Long.class, arguments));
	}

	private static Transfer transfer(ResultSet rs, LocalDate today) throws SQLException {
		TransferStatus status = TransferStatus.valueOf(rs.getString("status"));
		LocalDate proposedOn = rs.getObject("proposed_on", LocalDate.class);
		LocalDate decidedOn = rs.getObject("decided_on", LocalDate.class);
		String disorder = rs.getString("disorder");
		return new Transfer(rs.getString("id"), rs.getString("patient_id"), rs.getString("name"),
				disorder == null ? null : SevereDisorder.valueOf(disorder), rs.getString("from_jurisdiction"),
				rs.getString("to_jurisdiction"), proposedOn, rs.getString("reason"), status, status.chinese(),
				decidedOn, rs.getString("decision_reason"),
				ChronoUnit.DAYS.between(proposedOn, decidedOn != null ? decidedOn : today));
	}

}
