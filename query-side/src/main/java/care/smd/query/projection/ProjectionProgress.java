package care.smd.query.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import care.smd.platform.security.Role;

/**
 * How far the read models are, above all during a rebuild (a replay after their tokens
 * were reset): each processor's segments on this node against the head of the event
 * store, and a log line each time a replay has done another 5 %.
 */
@RestController
@Tag(name = "Progress 进度")
class ProjectionProgress {

	private static final Logger log = LoggerFactory.getLogger(ProjectionProgress.class);

	record Segment(int segment, long position, boolean replaying) {
	}

	record Processor(String name, long head, long slowest, double fraction, boolean replaying, List<Segment> segments) {
	}

	private final EventProcessingConfiguration processing;

	private final JdbcTemplate jdbc;

	private final Map<String, Integer> loggedTwentieths = new ConcurrentHashMap<>();

	private final MeterRegistry meters;

	/** events behind the head, per processor and segment, as the last refresh saw them */
	private final Map<String, AtomicLong> lag = new ConcurrentHashMap<>();

	ProjectionProgress(EventProcessingConfiguration processing, JdbcTemplate jdbc, MeterRegistry meters) {
		this.processing = processing;
		this.jdbc = jdbc;
		this.meters = meters;
	}

	@GetMapping("/api/progress/projections")
	@Operation(summary = "How far each read model is on this node, against the head of the event store (admins)")
	List<Processor> projections(Authentication reader) {
		if (!Role.anyHeldBy(reader, Role.ADMIN)) {
			throw new AccessDeniedException("projection progress is for admins");
		}
		return processors();
	}

	/**
	 * Refreshes the {@code smd_projection_lag_events} gauge (events between a segment's
	 * position and the head of the store) and logs replays.
	 */
	@Scheduled(fixedDelayString = "${smd.projections.progress-log-interval:PT5S}")
	void refresh() {
		for (Processor processor : processors()) {
			for (Segment segment : processor.segments()) {
				lagOf(processor.name(), segment.segment()).set(Math.max(0, processor.head() - segment.position()));
			}
			if (!processor.replaying()) {
				this.loggedTwentieths.remove(processor.name());
				continue;
			}
			int twentieth = (int) (processor.fraction() * 20);
			Integer logged = this.loggedTwentieths.put(processor.name(), twentieth);
			if (logged == null || twentieth > logged) {
				log.info("Rebuilding {}: position {} of {} ({} %)", processor.name(), processor.slowest(),
						processor.head(), Math.round(processor.fraction() * 100));
			}
		}
	}

	private AtomicLong lagOf(String processor, int segment) {
		return this.lag.computeIfAbsent(processor + "/" + segment, (key) -> {
			AtomicLong value = new AtomicLong();
			Gauge.builder("smd.projection.lag", value, AtomicLong::get)
				.description("events between the segment's position and the head of the event store")
				.baseUnit("events")
				.tag("processor", processor)
				.tag("segment", Integer.toString(segment))
				.register(this.meters);
			return value;
		});
	}

	private List<Processor> processors() {
		Long stored = this.jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
		long head = stored == null ? -1 : stored;
		List<Processor> processors = new ArrayList<>();
		this.processing.eventProcessors().forEach((name, processor) -> {
			if (processor instanceof StreamingEventProcessor streaming && !streaming.processingStatus().isEmpty()) {
				List<Segment> segments = new ArrayList<>();
				long slowest = Long.MAX_VALUE;
				boolean replaying = false;
				for (EventTrackerStatus status : streaming.processingStatus().values()) {
					long position = status.getCurrentPosition().orElse(-1);
					segments.add(new Segment(status.getSegment().getSegmentId(), position, status.isReplaying()));
					slowest = Math.min(slowest, position);
					replaying |= status.isReplaying();
				}
				segments.sort(java.util.Comparator.comparingInt(Segment::segment));
				double fraction = head <= 0 ? 1.0 : Math.min(1.0, Math.max(0, slowest) / (double) head);
				processors.add(new Processor(name, head, slowest, fraction, replaying, segments));
			}
		});
		processors.sort(java.util.Comparator.comparing(Processor::name));
		return processors;
	}

}
