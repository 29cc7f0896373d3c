package care.smd.platform.emergency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import care.smd.kernel.common.Require;
import care.smd.platform.audit.AuditTrail;
import care.smd.platform.security.Role;

/**
 * Break the glass: a user outside a case's scope (an emergency doctor, a police officer
 * on a call) opens that one case by stating a reason. The access lasts
 * {@code smd.emergency-access.duration} (3 hours), is written to the audit trail with the
 * reason, and every read under it is audited as such, for the admins' review.
 */
@Component
public class EmergencyAccess {

	/** A grant as the admins' review shows it, with the reads made under it. */
	public record Grant(String id, String user, String roles, String patientId, String reason, Instant grantedAt,
			Instant expiresAt, long reads) {
	}

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration duration;

	EmergencyAccess(EntityManager entities, JdbcTemplate jdbc, AuditTrail audit, Clock clock,
			@Value("${smd.emergency-access.duration:PT3H}") Duration duration) {
		this.entities = entities;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.duration = duration;
	}

	/** Whether the user holds an unexpired emergency access to this case. */
	public boolean isGranted(Authentication user, String patientId) {
		Long live = this.jdbc.queryForObject(
				"select count(*) from emergency_access where username = ? and patient_id = ? and expires_at > ?",
				Long.class, user.getName(), patientId, Timestamp.from(this.clock.instant()));
		return live != null && live > 0;
	}

	@Transactional
	Grant grant(Authentication user, String patientId, String reason, HttpServletRequest request) {
		BreakGlassIsForClinicalRoles.check(user);
		String why = Require.text(reason, "reason", 500);
		if (!caseExists(patientId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such case.");
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		EmergencyAccessGrant grant = new EmergencyAccessGrant(UUID.randomUUID().toString(), user.getName(),
				Role.namesHeldBy(user), patientId, why, now, now.plus(this.duration));
		this.entities.persist(grant);
		this.audit.record(user, AuditTrail.Action.EMERGENCY_ACCESS, patientId, why, request);
		return view(grant);
	}

	List<Grant> granted(Instant from, Instant to) {
		return this.entities
			.createQuery("select g from EmergencyAccessGrant g where g.grantedAt >= :from and g.grantedAt < :to "
					+ "order by g.grantedAt desc", EmergencyAccessGrant.class)
			.setParameter("from", from)
			.setParameter("to", to)
			.setMaxResults(1000)
			.getResultList()
			.stream()
			.map(this::view)
			.toList();
	}

	private Grant view(EmergencyAccessGrant grant) {
		Long reads = this.jdbc.queryForObject(
				"select count(*) from audit_entry where username = ? and patient_id = ? "
						+ "and action = ? and at >= ? and at <= ?",
				Long.class, grant.username, grant.patientId, AuditTrail.Action.CASE_READ_EMERGENCY.name(),
				Timestamp.from(grant.grantedAt), Timestamp.from(grant.expiresAt));
		return new Grant(grant.id, grant.username, grant.roles, grant.patientId, grant.reason, grant.grantedAt,
				grant.expiresAt, reads == null ? 0 : reads);
	}

	private boolean caseExists(String patientId) {
		Long events = this.jdbc.queryForObject(
				"select count(*) from domain_event_entry where aggregate_identifier = ? and sequence_number = 0",
				Long.class, patientId);
		return events != null && events > 0;
	}

}
