package care.smd.query.alert;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Read nodes sweep the calendar for time-based alerts. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AlertScheduling {

}
