package care.smd.platform.notification;

import java.util.Set;

/**
 * A notification goes only to someone who may see the alert in the application: doctors
 * and admins for cases in their jurisdiction, care-team members for the cases of their
 * own teams.
 */
final class AlertsReachOnlyTheirReaders {

	private AlertsReachOnlyTheirReaders() {
	}

	static boolean allow(Subscription subscription, AlertNotice notice) {
		if (!notice.jurisdiction().startsWith(subscription.scope)) {
			return false;
		}
		Set<String> roles = Set.of(subscription.roles.split(","));
		if (roles.contains("DOCTOR") || roles.contains("ADMIN")) {
			return true;
		}
		return roles.contains("CARE_TEAM") && notice.teamMembers().contains(subscription.username);
	}

}
