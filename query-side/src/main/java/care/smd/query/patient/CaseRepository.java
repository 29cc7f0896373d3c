package care.smd.query.patient;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CaseRepository extends JpaRepository<CaseView, String> {

	/**
	 * Cases still followed (active or lost, not in hospital) whose next visit is due by
	 * the date.
	 */
	@Query("""
			select c from CaseView c
			where c.jurisdiction between :low and :high
			  and c.status in (care.smd.kernel.patient.PatientStatus.ACTIVE, care.smd.kernel.patient.PatientStatus.LOST)
			  and c.inHospital = false
			  and c.nextDue <= :date
			order by c.nextDue, c.id
			""")
	List<CaseView> dueBy(@Param("low") String low, @Param("high") String high, @Param("date") LocalDate date);

	@Query("select e from CaseHistoryEntry e where e.patientId = :id order by e.date, e.sequence")
	List<CaseHistoryEntry> history(@Param("id") String id);

}
