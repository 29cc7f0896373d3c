package care.smd.standalone.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds spent so far by this JVM and by the embedded PostgreSQL server. On a shared
 * machine whose speed changes between minutes, the CPU an operation takes per item is a
 * steadier measure of its cost than its rate (docs/benchmarks.md).
 */
record CpuTime(double jvm, double database) {

	/** Linux reports process times in clock ticks of 1/100 s. */
	private static final double TICK = 0.01;

	static CpuTime now() {
		return new CpuTime(jvmSeconds(), postgresSeconds());
	}

	/** The CPU microseconds per item from {@code before} to now: JVM, then database. */
	double[] microsPerItemSince(CpuTime before, long items) {
		return new double[] { (this.jvm - before.jvm) * 1e6 / items, (this.database - before.database) * 1e6 / items };
	}

	private static double jvmSeconds() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
	}

	/**
	 * Every postgres process's own time and, for the postmaster, that of its ended
	 * backends; 0 where /proc is not there (H2 runs inside the JVM).
	 */
	private static double postgresSeconds() {
		Path proc = Path.of("/proc");
		if (!Files.isDirectory(proc)) {
			return 0;
		}
		try (Stream<Path> processes = Files.list(proc)) {
			return processes.filter((p) -> p.getFileName().toString().chars().allMatch(Character::isDigit))
				.mapToDouble(CpuTime::postgresTicks)
				.sum() * TICK;
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static double postgresTicks(Path process) {
		try {
			String stat = Files.readString(process.resolve("stat"));
			int nameEnd = stat.lastIndexOf(')');
			if (!stat.substring(stat.indexOf('(') + 1, nameEnd).equals("postgres")) {
				return 0;
			}
			// after the name: state is field 3; utime, stime, cutime, cstime are 14-17
			String[] fields = stat.substring(nameEnd + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
					+ Long.parseLong(fields[14]);
		}
		catch (IOException | RuntimeException ex) {
			// ended while read
			return 0;
		}
	}

}
