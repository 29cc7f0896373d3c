package care.smd.kernel.patient;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import care.smd.kernel.common.Require;

/**
 * A confirmed diagnosis: ICD-10 code (with the accompanying code for epilepsy or
 * intellectual disability), the confirming hospital and date. The disorder is derived
 * from the codes.
 */
public record Diagnosis(String code, String accompanyingCode, SevereDisorder disorder, String hospital,
		LocalDate date) {

	public Diagnosis {
		code = Require.text(code, "diagnosis.code", 20).toUpperCase();
		accompanyingCode = Require.optionalText(accompanyingCode, "diagnosis.accompanyingCode", 20);
		disorder = SevereDisorder.ofIcd10(code, accompanyingCode);
		hospital = Require.text(hospital, "diagnosis.hospital", 200);
		Require.present(date, "diagnosis.date");
	}

	@JsonCreator
	public static Diagnosis of(@JsonProperty("code") String code,
			@JsonProperty("accompanyingCode") String accompanyingCode, @JsonProperty("hospital") String hospital,
			@JsonProperty("date") LocalDate date) {
		return new Diagnosis(code, accompanyingCode, null, hospital, date);
	}

}
