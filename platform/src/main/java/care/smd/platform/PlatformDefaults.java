package care.smd.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Settings every node shares (Jackson strictness, Axon serializers, metrics, problem
 * details); an application's own application.properties overrides them.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:smd-platform.properties")
class PlatformDefaults {

}
