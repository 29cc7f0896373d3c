package care.smd.platform.notification;

import care.smd.kernel.common.ChineseTerm;

/** 通知渠道: how an alert reaches a person outside the application. */
public enum Channel implements ChineseTerm {

	WEBHOOK("回调接口"), SMS("短信"), EMAIL("电子邮件");

	private final String chinese;

	Channel(String chinese) {
		this.chinese = chinese;
	}

	@Override
	public String chinese() {
		return this.chinese;
	}

}
