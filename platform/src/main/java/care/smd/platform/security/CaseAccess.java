package care.smd.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.jurisdiction.JurisdictionCode;

/**
 * Who may read case files, and where: doctors and admins, within their jurisdiction
 * prefix. Reading outside it looks exactly like reading a case that does not exist.
 */
@Component
public class CaseAccess {

	/**
	 * Roles without case files are refused outright (403), whether or not the case
	 * exists.
	 */
	public boolean mayReadCase(Authentication reader, String caseJurisdiction) {
		requireCaseReader(reader);
		return JurisdictionScope.covers(reader, caseJurisdiction);
	}

	/** Whether the case is the reader's own to read, without refusing other roles. */
	public boolean readsCasesIn(Authentication reader, String caseJurisdiction) {
		return readsCases(reader) && JurisdictionScope.covers(reader, caseJurisdiction);
	}

	public void requireCaseReader(Authentication reader) {
		if (!readsCases(reader)) {
			throw new org.springframework.security.access.AccessDeniedException("no case files for this role");
		}
	}

	/**
	 * The prefix to search: the one asked for if inside the reader's scope, else the
	 * scope itself.
	 */
	public String caseScope(Authentication reader, JurisdictionCode asked) {
		requireCaseReader(reader);
		String scope = JurisdictionScope.of(reader).orElse(null);
		if (scope == null) {
			throw new org.springframework.security.access.AccessDeniedException("no jurisdiction scope");
		}
		if (asked == null) {
			return scope;
		}
		if (!asked.value().startsWith(scope)) {
			throw new InvalidValue("jurisdiction", "is outside your jurisdiction " + (scope.isEmpty() ? "" : scope));
		}
		return asked.value();
	}

	/** Care-team members (五帮一) read the cases of their own teams, in the minimal view. */
	public boolean isCareTeamMember(Authentication reader) {
		return Role.anyHeldBy(reader, Role.CARE_TEAM);
	}

	private static boolean readsCases(Authentication reader) {
		return Role.anyHeldBy(reader, Role.DOCTOR, Role.ADMIN);
	}

}
