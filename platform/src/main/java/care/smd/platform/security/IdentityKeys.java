package care.smd.platform.security;

import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import care.smd.kernel.patient.IdNumberFingerprint;

/**
 * Keys for identity data. The fingerprint key (base64, at least 16 bytes) comes from
 * {@code smd.identity.fingerprint-key}: in production from the environment or a secret
 * store, never from the event store; the demo profile ships a fixed one.
 */
@Configuration(proxyBeanMethods = false)
class IdentityKeys {

	@Bean
	IdNumberFingerprint idNumberFingerprint(@Value("${smd.identity.fingerprint-key}") String base64Key) {
		return new IdNumberFingerprint(Base64.getDecoder().decode(base64Key));
	}

}
