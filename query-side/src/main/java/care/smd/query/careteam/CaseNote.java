package care.smd.query.careteam;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A note on the shared case. */
@Entity
@Table(name = "q_case_note")
class CaseNote {

	@Id
	@Column(length = 80)
	String id;

	@Column(length = 36, nullable = false)
	String patientId;

	LocalDate date;

	@Column(length = 100)
	String author;

	@Column(length = 4000)
	String text;

	protected CaseNote() {
	}

	CaseNote(String id, String patientId, LocalDate date, String author, String text) {
		this.id = id;
		this.patientId = patientId;
		this.date = date;
		this.author = author;
		this.text = text;
	}

}
