package care.smd.query.patient;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import care.smd.kernel.patient.PatientStatus;

/**
 * Cases that probably record the same person as a given one: the same ID number (an old
 * record from before a move), or the same name, birth date and guardian's phone (a typo
 * in the ID number). Merged duplicates are no candidates any more.
 */
@Component
class DuplicateCandidates {

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
		if (view.status == PatientStatus.MERGED || (view.idFingerprint == null && view.personFingerprint == null)) {
			return List.of();
		}
		return this.entities.createQuery("select c from CaseView c where c.id <> :id and c.status <> :merged "
				+ "and (c.idFingerprint = :idNumber or c.personFingerprint = :person) order by c.registeredOn, c.id",
				CaseView.class)
			.setParameter("id", view.id)
			.setParameter("merged", PatientStatus.MERGED)
			.setParameter("idNumber", view.idFingerprint == null ? "-" : view.idFingerprint)
			.setParameter("person", view.personFingerprint == null ? "-" : view.personFingerprint)
			.setMaxResults(20)
			.getResultList()
			.stream()
			.map((c) -> new Candidate(c,
					view.idFingerprint != null && view.idFingerprint.equals(c.idFingerprint) ? Match.ID_NUMBER
							: Match.NAME_BIRTH_DATE_GUARDIAN_PHONE))
			.toList();
	}

}
