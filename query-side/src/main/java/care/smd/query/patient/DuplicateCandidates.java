package care.smd.query.patient;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import care.smd.kernel.patient.PatientStatus;

/**
 * Cases that probably record the same person as a given one: the same ID number (an old
 * record from before a move), or the same name, birth date and guardian's phone (a typo
 * in the ID number). Merged duplicates are no candidates any more.
 * <p>
 * Each fingerprint is looked up on its own index. Asked for either in one condition, H2
 * read every case view (PostgreSQL combines the two indexes): a case file on H2 took 40
 * ms at 100,000 patients, ten times as long as at 10,000 (docs/benchmarks.md, session
 * 41).
 */
@Component
class DuplicateCandidates {

	/** At most this many candidates are shown. */
	private static final int SHOWN = 20;

	private static final Comparator<CaseView> FIRST_REGISTERED = Comparator
		.comparing((CaseView c) -> c.registeredOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing((c) -> c.id);

	/** Why a case is a candidate. */
	enum Match {

		ID_NUMBER, NAME_BIRTH_DATE_GUARDIAN_PHONE

	}

	record Candidate(CaseView view, Match match) {
	}

	private final EntityManager entities;

	DuplicateCandidates(EntityManager entities) {
		this.entities = entities;
	}

	List<Candidate> of(CaseView view) {
		if (view.status == PatientStatus.MERGED) {
			return List.of();
		}
		// by case, so that a case matching both ways is listed once, by its ID number
		Map<String, Candidate> byCase = new HashMap<>();
		sameFingerprint("idFingerprint", view.idFingerprint, view)
			.forEach((c) -> byCase.put(c.id, new Candidate(c, Match.ID_NUMBER)));
		sameFingerprint("personFingerprint", view.personFingerprint, view)
			.forEach((c) -> byCase.putIfAbsent(c.id, new Candidate(c, Match.NAME_BIRTH_DATE_GUARDIAN_PHONE)));
		return byCase.values()
			.stream()
			.sorted(Comparator.comparing(Candidate::view, FIRST_REGISTERED))
			.limit(SHOWN)
			.toList();
	}

	/**
	 * @param column a field of {@link CaseView}, never a value from a request
	 */
	private List<CaseView> sameFingerprint(String column, String fingerprint, CaseView view) {
		if (fingerprint == null) {
			return List.of();
		}
		return this.entities
			.createQuery("select c from CaseView c where c." + column + " = :fingerprint and c.id <> :id"
					+ " and c.status <> :merged order by c.registeredOn, c.id", CaseView.class)
			.setParameter("fingerprint", fingerprint)
			.setParameter("id", view.id)
			.setParameter("merged", PatientStatus.MERGED)
			.setMaxResults(SHOWN)
			.getResultList();
	}

}
