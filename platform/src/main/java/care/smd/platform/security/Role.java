package care.smd.platform.security;

import care.smd.kernel.common.ChineseTerm;

/** Who a user is to the system; jurisdiction scope comes on top of the role. */
public enum Role implements ChineseTerm {

	DOCTOR("精防医生"), CARE_TEAM("关爱帮扶小组成员"), SUPERVISOR("管理人员"), HOSPITAL("精神专科医院"), ADMIN("系统管理员");

	private final String chinese;

	Role(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * The user's roles without Spring's prefix, sorted and comma-separated:
	 * "ADMIN,DOCTOR".
	 */
	public static String namesHeldBy(org.springframework.security.core.Authentication user) {
		return user.getAuthorities()
			.stream()
			.map(org.springframework.security.core.GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring(5))
			.sorted()
			.collect(java.util.stream.Collectors.joining(","));
	}

	/** Whether the user holds any of the roles. */
	public static boolean anyHeldBy(org.springframework.security.core.Authentication user, Role... roles) {
		for (Role role : roles) {
			if (user.getAuthorities().stream().anyMatch((a) -> a.getAuthority().equals(role.authority()))) {
				return true;
			}
		}
		return false;
	}

}
