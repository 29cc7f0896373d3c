package care.smd.kernel.patient;

import java.time.LocalDate;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.common.Require;

/** The identity part of the registration: the most sensitive data the system holds. */
public record PersonalDetails(String name, Sex sex, LocalDate birthDate, ChineseIdNumber idNumber, String phone,
		String address, HouseholdType householdType) {

	public PersonalDetails {
		name = Require.text(name, "name", 50);
		Require.present(sex, "sex");
		Require.present(birthDate, "birthDate");
		Require.present(idNumber, "idNumber");
		if (!idNumber.birthDate().equals(birthDate)) {
			throw new InvalidValue("birthDate", "does not match the birth date in the ID number");
		}
		phone = Require.optionalText(phone, "phone", 30);
		address = Require.optionalText(address, "address", 200);
	}

	/** Identity data stays out of logs. */
	@Override
	public String toString() {
		return "PersonalDetails[masked]";
	}

}
