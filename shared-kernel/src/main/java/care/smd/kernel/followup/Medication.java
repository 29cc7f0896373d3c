package care.smd.kernel.followup;

import java.math.BigDecimal;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.common.Require;

/**
 * One drug of the medication plan (用药情况): oral doses in mg morning/noon/evening, or a
 * long-acting injection every N weeks at X mg.
 */
public record Medication(String drug, BigDecimal morningMg, BigDecimal noonMg, BigDecimal eveningMg,
		Integer injectionEveryWeeks, BigDecimal injectionMg) {

	public Medication {
		drug = Require.text(drug, "medication.drug", 100);
		for (BigDecimal dose : new BigDecimal[] { morningMg, noonMg, eveningMg, injectionMg }) {
			if (dose != null && dose.signum() < 0) {
				throw new InvalidValue("medication", "doses must not be negative");
			}
		}
		if ((injectionEveryWeeks == null) != (injectionMg == null)) {
			throw new InvalidValue("medication.injectionEveryWeeks",
					"a long-acting injection needs both injectionEveryWeeks and injectionMg");
		}
		if (injectionEveryWeeks != null && (injectionEveryWeeks < 1 || injectionEveryWeeks > 52)) {
			throw new InvalidValue("medication.injectionEveryWeeks", "must be between 1 and 52");
		}
	}

}
