package care.smd.kernel.followup;

import care.smd.kernel.common.InvalidValue;

/**
 * The configurable part of the due-date rules: how soon after a discharge the community's
 * first visit is due (the plans say "soon"; 14 days by default, like the two-week
 * re-check).
 */
public record FollowUpIntervals(int afterDischargeDays) {

	public static final FollowUpIntervals DEFAULT = new FollowUpIntervals(DueDates.RECHECK_DAYS);

	public FollowUpIntervals {
		if (afterDischargeDays < 1 || afterDischargeDays > 90) {
			throw new InvalidValue("afterDischargeDays", "must be between 1 and 90 days");
		}
	}

	public java.time.LocalDate afterDischarge(java.time.LocalDate dischargedOn) {
		return dischargedOn.plusDays(this.afterDischargeDays);
	}

}
