package care.smd.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of the topology: a JVM started from a node's executable jar, on its own
 * loopback port, logging to its own file. It can be killed without warning (SIGKILL) and
 * started again on the same port.
 */
public final class Node {

	/** Which side a node runs. */
	public enum Side {

		WRITE("command-side-exec.jar"), READ("query-side-exec.jar");

		private final String jar;

		Side(String jar) {
			this.jar = jar;
		}

	}

	private final String name;

	private final Side side;

	private final int port;

	private final List<String> command;

	private final Path log;

	private Process process;

	Node(String name, Side side, Path jars, Path logs, List<String> jvmOptions, List<String> arguments) {
		this.name = name;
		this.side = side;
		this.port = freePort();
		this.log = logs.resolve(name + ".log");
		this.command = new ArrayList<>();
		this.command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		this.command.addAll(jvmOptions);
		this.command.add("-Daxoniq.update-checker.disabled=true");
		this.command.addAll(List.of("-jar", jars.resolve(side.jar).toString(), "--server.port=" + this.port));
		this.command.addAll(arguments);
	}

	public String name() {
		return this.name;
	}

	public Side side() {
		return this.side;
	}

	public URI base() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	public synchronized void start() {
		try {
			ProcessBuilder builder = new ProcessBuilder(this.command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
			builder.environment().put("SMD_NODE_NAME", this.name);
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start " + this.name, ex);
		}
	}

	/** Without warning, as a crash or an out-of-memory killer would. */
	public synchronized void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Lets the node finish what it does (SIGTERM: Spring shuts down gracefully). */
	public synchronized void stop() {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			try {
				this.process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** The process id, which Axon's token store writes as the owner of a claim. */
	public synchronized long pid() {
		return this.process.pid();
	}

	public synchronized boolean alive() {
		return this.process != null && this.process.isAlive();
	}

	public void awaitReady(Duration limit) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		HttpRequest ready = HttpRequest.newBuilder(base().resolve("/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!alive()) {
				throw new IllegalStateException(this.name + " exited during start; see " + this.log);
			}
			try {
				if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(250);
		}
		throw new IllegalStateException(this.name + " was not ready within " + limit + "; see " + this.log);
	}

	@Override
	public String toString() {
		return this.name + " " + base();
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
