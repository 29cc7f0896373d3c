package care.smd.platform.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/**
 * Who may read aggregate rates, and where: supervisors, doctors and admins, within their
 * prefix. Managing plans is for supervisors and admins.
 */
@Component
public class AggregateAccess {

	/**
	 * The prefix to report on: the one asked for if inside the reader's scope, else the
	 * scope itself.
	 */
	public String scopedPrefix(Authentication reader, JurisdictionCode asked) {
		if (!Role.anyHeldBy(reader, Role.SUPERVISOR, Role.DOCTOR, Role.ADMIN)) {
			throw new AccessDeniedException("no aggregate reads for this role");
		}
		String scope = JurisdictionScope.of(reader).orElseThrow(() -> new AccessDeniedException("no scope"));
		if (asked == null) {
			return scope;
		}
		if (!asked.value().startsWith(scope)) {
			throw new InvalidValue("jurisdiction", "is outside your jurisdiction " + scope);
		}
		return asked.value();
	}

	/** Supervisors manage the registry of their own jurisdiction; admins everywhere. */
	public void requireManagerOf(Authentication writer, JurisdictionCode code) {
		requireManager(writer);
		String scope = JurisdictionScope.of(writer).orElseThrow(() -> new AccessDeniedException("no scope"));
		if (!code.value().startsWith(scope)) {
			throw new InvalidValue("code", "is outside your jurisdiction " + scope);
		}
	}

	public void requireManager(Authentication writer) {
		if (!Role.anyHeldBy(writer, Role.SUPERVISOR, Role.ADMIN)) {
			throw new AccessDeniedException("plans are managed by supervisors and admins");
		}
	}

}
