package care.smd.query.patient;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends JpaRepository<CaseView, String> {

	/**
	 * Cases still followed (active or lost, not in hospital) whose next visit is due by
	 * the date: high-risk first (as {@link CaseView#isHighRisk()}), then the most
	 * overdue. Sorted by the database, so that a page of a province's list does not carry
	 * the whole list to the node.
	 */
	@Query(value = """
			select c from CaseView c
			where c.jurisdiction between :low and :high
			  and c.status in (care.smd.kernel.patient.PatientStatus.ACTIVE, care.smd.kernel.patient.PatientStatus.LOST)
			  and c.inHospital = false
			  and c.nextDue <= :date
			order by case when c.latestClassification = care.smd.kernel.followup.Classification.UNSTABLE
			                or c.latestDangerLevel >= 3 then 0 else 1 end,
			  c.nextDue, c.id
			""", countQuery = """
			select count(c) from CaseView c
			where c.jurisdiction between :low and :high
			  and c.status in (care.smd.kernel.patient.PatientStatus.ACTIVE, care.smd.kernel.patient.PatientStatus.LOST)
			  and c.inHospital = false
			  and c.nextDue <= :date
			""")
	Page<CaseView> dueBy(@Param("low") String low, @Param("high") String high, @Param("date") LocalDate date,
			Pageable page);

	/** The case's registration and care team; empty for an unknown case. */
	@Query("select f from CaseFile f where f.id = :id")
	java.util.Optional<CaseFile> file(@Param("id") String id);

	/** The case's file, empty of registration and care team where it has none. */
	default CaseFile fileOf(String id) {
		return file(id).orElseGet(() -> new CaseFile(id));
	}

	@Query("select e from CaseHistoryEntry e where e.patientId = :id order by e.date, e.sequence")
	List<CaseHistoryEntry> history(@Param("id") String id);

}
