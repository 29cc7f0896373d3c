package care.smd.query.indicator;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import care.smd.platform.axon.Commands;

/**
 * While a replay's counters are still to be summed, an indicator read says so in
 * {@code X-Consistency: stale}; one that waits for a write (it carries the write's
 * consistency token) first waits for the sum, up to the same limit as the wait for the
 * write itself.
 */
@Configuration(proxyBeanMethods = false)
class IndicatorReadsDuringReplay implements WebMvcConfigurer, HandlerInterceptor {

	private final CountersAfterReplay afterReplay;

	private final Duration limit;

	IndicatorReadsDuringReplay(CountersAfterReplay afterReplay, @Value("${smd.consistency.wait:PT5S}") Duration limit) {
		this.afterReplay = afterReplay;
		this.limit = limit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// after the wait for the write (order 0)
		registry.addInterceptor(this).addPathPatterns("/api/indicators", "/api/indicators/**").order(1);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws InterruptedException {
		if (!this.afterReplay.pending()) {
			return true;
		}
		if (request.getHeader(Commands.CONSISTENCY_TOKEN) != null) {
			long deadline = System.nanoTime() + this.limit.toNanos();
			while (this.afterReplay.pending() && System.nanoTime() < deadline) {
				Thread.sleep(10);
			}
		}
		if (this.afterReplay.pending()) {
			response.setHeader("X-Consistency", "stale");
		}
		return true;
	}

}
