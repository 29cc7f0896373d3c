package care.smd.query.projection;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Spreads the read models' segments over the read nodes that are alive. Axon's pooled
 * processors claim every free segment they see, so the first node up would keep them all;
 * without Axon Server nothing rebalances. Each node says it is alive in
 * {@code node_heartbeat}; a node holding more than its fair share releases one segment
 * per round through Axon's own {@code releaseSegment}, and another node claims it. When a
 * node dies its claims time out and the others take the segments over; no share rule is
 * needed for that.
 */
@Component
class SegmentBalancer {

	/** The owner name Axon's token store writes for this JVM. */
	static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

	private final EventProcessingConfiguration processing;

	private final JdbcTemplate jdbc;

	private final Duration interval;

	SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc,
			@Value("${smd.projections.balance-interval:PT2S}") Duration interval) {
		this.processing = processing;
		this.jdbc = jdbc;
		this.interval = interval;
	}

	@Scheduled(fixedDelayString = "${smd.projections.balance-interval:PT2S}",
			initialDelayString = "${smd.projections.balance-interval:PT2S}")
	void balance() {
		int alive = heartbeat();
		this.processing.eventProcessors()
			.values()
			.stream()
			.filter(PooledStreamingEventProcessor.class::isInstance)
			.map(PooledStreamingEventProcessor.class::cast)
			.forEach((processor) -> releaseAboveFairShare(processor, alive));
	}

	private void releaseAboveFairShare(PooledStreamingEventProcessor processor, int alive) {
		Integer segments = this.jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
				Integer.class, processor.getName());
		Map<Integer, EventTrackerStatus> mine = processor.processingStatus();
		int fairShare = (segments + alive - 1) / alive;
		if (mine.size() > fairShare) {
			processor.releaseSegment(Collections.max(mine.keySet()), this.interval.multipliedBy(5).toMillis(),
					TimeUnit.MILLISECONDS);
		}
	}

	/** Records that this node is alive; answers how many nodes are. */
	private int heartbeat() {
		Timestamp now = Timestamp.from(Instant.now());
		if (this.jdbc.update("update node_heartbeat set seen_at = ? where node = ?", now, NODE) == 0) {
			this.jdbc.update("insert into node_heartbeat (node, seen_at) values (?, ?)", NODE, now);
		}
		Timestamp recent = Timestamp.from(Instant.now().minus(this.interval.multipliedBy(3)));
		this.jdbc.update("delete from node_heartbeat where seen_at < ?",
				Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
		return Math.max(1, this.jdbc.queryForObject("select count(*) from node_heartbeat where seen_at >= ?",
				Integer.class, recent));
	}

}
