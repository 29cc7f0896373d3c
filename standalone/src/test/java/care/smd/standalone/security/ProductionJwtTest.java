package care.smd.standalone.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import care.smd.standalone.StandaloneApplication;
import care.smd.standalone.support.Api;
import care.smd.standalone.support.Api.Answer;
import care.smd.standalone.support.Databases;
import care.smd.standalone.support.Forms;

/**
 * The production profile: no passwords, bearer tokens signed by the OIDC provider, roles
 * and scope from the token's claims. The provider is stood in for by a key pair made
 * here.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class ProductionJwtTest {

	private static final KeyPair KEYS = keys();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void production(DynamicPropertyRegistry registry) throws Exception {
		Databases.h2(registry);
		Path publicKey = Files.createTempFile("oidc", ".pub");
		Files.writeString(publicKey,
				"-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded())
						+ "\n-----END PUBLIC KEY-----\n");
		registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> "");
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
		registry.add("smd.identity.master-key", () -> Base64.getEncoder().encodeToString(new byte[32]));
		registry.add("smd.identity.fingerprint-key", () -> Base64.getEncoder().encodeToString(new byte[16]));
	}

	@Test
	void rolesAndScopeComeFromTheTokenAndPasswordsDoNotWork() throws Exception {
		Api api = new Api(this.port);
		String admin = token("chief", List.of("ADMIN"), "");
		String doctor = token("wang", List.of("DOCTOR"), "310105");
		String elsewhere = token("li", List.of("DOCTOR"), "320682");
		assertThat(api.get(null, "/swagger-ui.html").status()).as("no Swagger UI in production").isEqualTo(404);
		assertThat(send(api, admin, "PUT", "/api/jurisdictions/310105002001", "{\"name\":\"居委\",\"population\":4000}")
			.status()).isEqualTo(201);
		Answer created = send(api, doctor, "POST", "/api/patients", Forms.registration(9001));
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		String id = created.text("id");
		assertThat(send(api, elsewhere, "POST", "/api/patients/" + id + "/follow-ups",
				Forms.stableVisit(LocalDate.of(2025, 3, 1)))
			.status()).isEqualTo(404);
		assertThat(send(api, token("x", List.of("SUPERVISOR"), "31"), "POST", "/api/patients", Forms.registration(9002))
			.status()).isEqualTo(403);
		Answer anonymous = api.post(null, "/api/patients", Forms.registration(9003));
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(api.post("doctor", "/api/patients", Forms.registration(9004)).status())
			.as("no demo passwords in production")
			.isEqualTo(401);
		assertThat(api.send(null, "GET", "/api/plans", null, Map.of("Authorization", "Bearer not-a-token")).status())
			.isEqualTo(401);
		assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
	}

	private static Answer send(Api api, String token, String method, String path, String body) {
		return api.send(null, method, path, body, Map.of("Authorization", "Bearer " + token));
	}

	private static String token(String user, List<String> roles, String jurisdiction) throws Exception {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(user)
			.claim("preferred_username", user)
			.claim("roles", roles)
			.claim("jurisdiction", jurisdiction)
			.expirationTime(Date.from(Instant.now().plusSeconds(300)))
			.issueTime(new Date())
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
		return jwt.serialize();
	}

	private static KeyPair keys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
