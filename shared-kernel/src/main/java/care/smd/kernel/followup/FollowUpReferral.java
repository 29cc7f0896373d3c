package care.smd.kernel.followup;

import care.smd.kernel.common.Require;

/** The form's "referral: yes" part: why and where the doctor refers the patient. */
public record FollowUpReferral(String reason, String hospital, String department) {

	public FollowUpReferral {
		reason = Require.text(reason, "referral.reason", 500);
		hospital = Require.text(hospital, "referral.hospital", 200);
		department = Require.optionalText(department, "referral.department", 100);
	}

}
