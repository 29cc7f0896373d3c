package care.smd.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * docker/ cannot run here (no Docker engine), so its files are checked for what can be
 * checked: the compose file is valid for docker-compose and refuses to start without its
 * secrets; the proxy, Prometheus and the images name the nodes, ports and jars that
 * exist. The Grafana dashboard's metrics are checked against live nodes in
 * {@link NodeFailureTest}.
 */
class DeploymentFilesTest {

	static final Path DOCKER = Path.of("../docker");

	private static final Map<String, String> SECRETS = Map.of("SMD_DB_PASSWORD", "x", "SMD_IDENTITY_MASTER_KEY", "x",
			"SMD_IDENTITY_FINGERPRINT_KEY", "x", "KEYCLOAK_ADMIN_PASSWORD", "x", "GRAFANA_ADMIN_PASSWORD", "x");

	@Test
	void composeFileIsValidAndHasTheWholeTopology() throws Exception {
		Result result = compose(SECRETS);
		assertThat(result.exit()).as(result.output()).isZero();
		for (String service : List.of("postgres:", "keycloak:", "write-1:", "write-2:", "read-1:", "read-2:", "nginx:",
				"prometheus:", "grafana:")) {
			assertThat(result.output()).contains("  " + service);
		}
		assertThat(result.output()).contains("SPRING_PROFILES_ACTIVE: prod")
			.contains("SMD_OIDC_ISSUER_URI: http://keycloak:8080/realms/smd")
			.doesNotContain("demo");
	}

	@Test
	void composeRefusesToStartWithoutItsSecrets() throws Exception {
		Result result = compose(Map.of());
		assertThat(result.exit()).isNotZero();
		assertThat(result.output()).contains("SMD_DB_PASSWORD");
	}

	@Test
	void proxyAndPrometheusReachEveryNodeOnItsPort() throws IOException {
		String nginx = Files.readString(DOCKER.resolve("nginx/nginx.conf"));
		String prometheus = Files.readString(DOCKER.resolve("prometheus/prometheus.yml"));
		for (String node : List.of("write-1:8081", "write-2:8081", "read-1:8082", "read-2:8082")) {
			assertThat(nginx).contains("server " + node);
			assertThat(prometheus).contains(node);
		}
		assertThat(nginx).contains("map $request_method $by_method { GET read_nodes; HEAD read_nodes;")
			.contains("location /api/plans        { proxy_pass http://read_nodes; }");
		assertThat(Router.isRead("GET", "/api/patients/x")).isTrue();
		assertThat(Router.isRead("POST", "/api/plans")).isTrue();
		assertThat(Router.isRead("POST", "/api/patients")).isFalse();
	}

	@Test
	void imagesCopyTheJarsTheBuildMakes() throws IOException {
		for (String side : List.of("command", "query")) {
			String dockerfile = Files.readString(DOCKER.resolve(side + "-node.Dockerfile"));
			String jar = side + "-side/target/smd-" + side + "-exec.jar";
			assertThat(dockerfile).contains("COPY " + jar + " ");
			assertThat(Path.of("..", jar)).exists();
		}
	}

	record Result(int exit, String output) {
	}

	private static Result compose(Map<String, String> environment) throws IOException, InterruptedException {
		boolean installed = Files.isExecutable(Path.of("/usr/bin/docker-compose"));
		// .ci/run installs it; on a developer machine without it this check is skipped
		assumeTrue(installed || "true".equals(System.getenv("CI")), "docker-compose is not installed");
		ProcessBuilder builder = new ProcessBuilder("/usr/bin/docker-compose", "-f", "compose.yaml", "config")
			.directory(DOCKER.toFile())
			.redirectErrorStream(true);
		SECRETS.keySet().forEach(builder.environment()::remove);
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Result(process.waitFor(), output);
	}

}
