package care.smd.query.consistency;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import care.smd.kernel.common.InvalidValue;
import care.smd.platform.axon.Commands;

/**
 * Read-your-writes: a GET that carries the {@code X-Consistency-Token} a write returned
 * waits until the segments that own that case have passed that position (up to a time
 * limit), so a doctor sees the visit just logged. Works across nodes: positions of
 * segments processed elsewhere are read from the shared token store. A read that timed
 * out says so in {@code X-Consistency: stale}.
 */
@Configuration(proxyBeanMethods = false)
class ConsistencyGate implements WebMvcConfigurer, HandlerInterceptor {

	private final EntityManager entities;

	private final TransactionTemplate transactions;

	private final SegmentPositions positions;

	private final EventProcessingConfiguration processing;

	private final Duration limit;

	ConsistencyGate(EntityManager entities, TransactionTemplate transactions, SegmentPositions positions,
			EventProcessingConfiguration processing, @Value("${smd.consistency.wait:PT5S}") Duration limit) {
		this.entities = entities;
		this.transactions = transactions;
		this.positions = positions;
		this.processing = processing;
		this.limit = limit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws InterruptedException {
		String header = request.getHeader(Commands.CONSISTENCY_TOKEN);
		if (!"GET".equals(request.getMethod()) || header == null) {
			return true;
		}
		long wanted = parse(header);
		// the case behind the position does not change while we wait: look it up once
		String aggregate = this.transactions.execute((tx) -> aggregateAt(wanted));
		long deadline = System.nanoTime() + this.limit.toNanos();
		while (!reached(wanted, aggregate)) {
			if (System.nanoTime() > deadline) {
				response.setHeader("X-Consistency", "stale");
				return true;
			}
			Thread.sleep(5);
		}
		response.setHeader("X-Consistency", "current");
		return true;
	}

	/**
	 * Only the segments that own the written case matter: the others skip its events and
	 * store their position only now and then.
	 */
	boolean reached(long wanted, String aggregate) {
		return Boolean.TRUE.equals(this.transactions.execute((tx) -> {
			for (String name : streamingProcessors()) {
				if (!this.positions.passed(name, aggregate, wanted)) {
					return false;
				}
			}
			return true;
		}));
	}

	private String aggregateAt(long position) {
		List<String> ids = this.entities
			.createQuery("select e.aggregateIdentifier from DomainEventEntry e where e.globalIndex = :position",
					String.class)
			.setParameter("position", position)
			.getResultList();
		return ids.isEmpty() ? null : ids.get(0);
	}

	private List<String> streamingProcessors() {
		return this.processing.eventProcessors()
			.values()
			.stream()
			.filter(StreamingEventProcessor.class::isInstance)
			.map(EventProcessor::getName)
			.toList();
	}

	private static long parse(String header) {
		try {
			return Long.parseLong(header.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidValue(Commands.CONSISTENCY_TOKEN, "must be the number a write returned");
		}
	}

}
