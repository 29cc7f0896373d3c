package care.smd.kernel.patient;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonCreator;

import care.smd.kernel.common.Require;

/**
 * The history part of the registration (个人信息补充表): onset, past symptoms and treatment,
 * economy.
 */
public record ClinicalBackground(LocalDate firstOnsetDate, String pastSymptoms, PastTreatment pastTreatment,
		LocalDate firstAntipsychoticTreatmentDate, int pastAdmissions, EconomicStatus economicStatus,
		LockUpStatus lockUp) {

	public static final ClinicalBackground UNKNOWN = new ClinicalBackground(null, null, null, null, 0,
			EconomicStatus.UNKNOWN, LockUpStatus.NONE);

	@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
	public ClinicalBackground(LocalDate firstOnsetDate, String pastSymptoms, PastTreatment pastTreatment,
			LocalDate firstAntipsychoticTreatmentDate, Integer pastAdmissions, EconomicStatus economicStatus,
			LockUpStatus lockUp) {
		this(firstOnsetDate, Require.optionalText(pastSymptoms, "background.pastSymptoms", 1000), pastTreatment,
				firstAntipsychoticTreatmentDate, Require.count(pastAdmissions, "background.pastAdmissions"),
				economicStatus == null ? EconomicStatus.UNKNOWN : economicStatus,
				lockUp == null ? LockUpStatus.NONE : lockUp);
	}

}
