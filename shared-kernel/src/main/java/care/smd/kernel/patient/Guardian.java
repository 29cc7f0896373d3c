package care.smd.kernel.patient;

import care.smd.kernel.common.Require;

/** 监护人: name, relation to the patient, phone and address. */
public record Guardian(String name, String relation, String phone, String address) {

	public Guardian {
		name = Require.text(name, "guardian.name", 50);
		relation = Require.optionalText(relation, "guardian.relation", 30);
		phone = Require.optionalText(phone, "guardian.phone", 30);
		address = Require.optionalText(address, "guardian.address", 200);
	}

	/** Identity data stays out of logs. */
	@Override
	public String toString() {
		return "Guardian[masked, relation=" + this.relation + "]";
	}
}
