package care.smd.platform.axon;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import care.smd.kernel.followup.FollowUpIntervals;

/**
 * {@code smd.follow-up.after-discharge-days} (default 14): when the visit after a
 * discharge is due.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpSettings {

	@Bean
	FollowUpIntervals followUpIntervals(@Value("${smd.follow-up.after-discharge-days:14}") int afterDischargeDays) {
		return new FollowUpIntervals(afterDischargeDays);
	}

}
