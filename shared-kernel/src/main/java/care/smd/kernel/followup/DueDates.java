package care.smd.kernel.followup;

import java.time.LocalDate;

/**
 * When the next follow-up is due. Unstable and basically stable patients are seen again
 * within 2 weeks, stable ones within 3 months; a visit that did not reach the patient is
 * tried again within 2 weeks; after discharge the community picks the patient up within 2
 * weeks. A date the doctor agreed with the patient counts when it is earlier than the
 * rule's, never when it is later.
 */
public final class DueDates {

	public static final int RECHECK_DAYS = 14;

	public static final int STABLE_MONTHS = 3;

	private DueDates() {
	}

	public static LocalDate nextDue(LocalDate visitDate, Classification classification, LocalDate agreedDate) {
		LocalDate byRule = switch (classification) {
			case STABLE -> visitDate.plusMonths(STABLE_MONTHS);
			case UNSTABLE, BASICALLY_STABLE, NOT_REACHED -> visitDate.plusDays(RECHECK_DAYS);
		};
		return agreedDate != null && agreedDate.isBefore(byRule) ? agreedDate : byRule;
	}

	/** The first follow-up after registration. */
	public static LocalDate afterRegistration(LocalDate registeredOn) {
		return registeredOn.plusDays(RECHECK_DAYS);
	}

	/** The community's first follow-up after a hospital discharge. */
	public static LocalDate afterDischarge(LocalDate dischargedOn) {
		return dischargedOn.plusDays(RECHECK_DAYS);
	}

}
