package care.smd.platform.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import care.smd.platform.web.Problems;

/**
 * {@code Idempotency-Key} on a POST: the first answer is stored in the same transaction
 * as the events the request appended, so either both are kept or neither is. The same key
 * again, from the same user with the same body, gets the stored answer and records
 * nothing; with another body it gets 422.
 */
@Component
public class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	private final TransactionTemplate transactions;

	private final EntityManager entities;

	private final ObjectMapper json;

	private final Clock clock;

	IdempotencyFilter(TransactionTemplate transactions, EntityManager entities, ObjectMapper json, Clock clock) {
		this.transactions = transactions;
		this.entities = entities;
		this.json = json;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > 200) {
			problem(response, Problems.invalidField(HEADER, "must be 1 to 200 characters, e.g. a UUID"));
			return;
		}
		CachedBodyRequest cached = new CachedBodyRequest(request);
		String id = SecurityContextHolder.getContext().getAuthentication().getName() + "\n" + key;
		String hash = fingerprint(request.getRequestURI(), cached.body());
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		try {
			Outcome outcome = this.transactions.execute((tx) -> handle(id, hash, cached, captured, chain, tx));
			if (outcome == Outcome.REPLAYED) {
				return;
			}
			if (outcome == Outcome.KEY_REUSED) {
				captured.resetBuffer();
				problem(response,
						Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
								"Idempotency-Key reused",
								"This Idempotency-Key was already used for a different request; use a new key."));
				return;
			}
			captured.copyBodyToResponse();
		}
		catch (DataIntegrityViolationException raced) {
			captured.reset();
			problem(response, Problems.problem(HttpStatus.CONFLICT, "idempotency-key-in-flight",
					"Same request in flight",
					"A request with this Idempotency-Key was being processed at the same moment; nothing more was "
							+ "recorded. Send it again to get the stored answer."));
		}
	}

	private enum Outcome {

		EXECUTED, REPLAYED, KEY_REUSED

	}

	private Outcome handle(String id, String hash, CachedBodyRequest request, ContentCachingResponseWrapper response,
			FilterChain chain, TransactionStatus tx) {
		IdempotencyRecord stored = this.entities.find(IdempotencyRecord.class, id);
		if (stored != null) {
			if (!stored.requestHash().equals(hash)) {
				return Outcome.KEY_REUSED;
			}
			replay(stored, response);
			return Outcome.REPLAYED;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException ex) {
			throw new IllegalStateException(ex);
		}
		if (response.getStatus() >= 200 && response.getStatus() < 300) {
			this.entities.persist(new IdempotencyRecord(id, hash, response.getStatus(),
					new String(response.getContentAsByteArray(), StandardCharsets.UTF_8),
					response.getHeader(HttpHeaders.LOCATION), response.getContentType(), this.clock.instant()));
			this.entities.flush();
		}
		else {
			tx.setRollbackOnly();
		}
		return Outcome.EXECUTED;
	}

	private static void replay(IdempotencyRecord stored, ContentCachingResponseWrapper response) {
		try {
			response.setStatus(stored.status());
			if (stored.location() != null) {
				response.setHeader(HttpHeaders.LOCATION, stored.location());
			}
			if (stored.contentType() != null) {
				response.setContentType(stored.contentType());
			}
			response.setHeader("Idempotent-Replayed", "true");
			response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
			response.copyBodyToResponse();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void problem(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

	private static String fingerprint(String uri, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(uri.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Runs inside the security chain only, after authentication, never as a plain servlet
	 * filter.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<IdempotencyFilter> idempotencyFilterRegistration(IdempotencyFilter filter) {
			FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
			registration.setEnabled(false);
			return registration;
		}

	}

}
