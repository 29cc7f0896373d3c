package care.smd.command.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import care.smd.command.sync.QueuedWrite.Kind;

class QueuedWriteTest {

	private static QueuedWrite write(String id, Kind kind, String date, String queuedAt) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.put(kind == Kind.REGISTER_PATIENT ? "registeredOn" : "date", date);
		return new QueuedWrite(id, kind, "p", queuedAt == null ? null : Instant.parse(queuedAt), body);
	}

	@Test
	void registrationsFirstThenByTheDayRecordedThenAsQueued() {
		List<QueuedWrite> inOrder = List.of(write("r", Kind.REGISTER_PATIENT, "2026-05-01", "2026-05-01T02:00:00Z"),
				write("a", Kind.RECORD_FOLLOW_UP, "2026-03-10", "2026-05-01T03:00:00Z"),
				write("b", Kind.ASSESS_RISK, "2026-05-01", "2026-05-01T01:00:00Z"),
				write("c", Kind.RECORD_FOLLOW_UP, "2026-05-01", "2026-05-01T04:00:00Z"),
				write("d", Kind.RECORD_FOLLOW_UP, "2026-05-01", null),
				write("e", Kind.RECORD_FOLLOW_UP, "not a date", "2026-05-01T00:00:00Z"));
		Random random = new Random(7);
		for (int round = 0; round < 20; round++) {
			List<QueuedWrite> shuffled = new ArrayList<>(inOrder);
			Collections.shuffle(shuffled, random);
			shuffled.sort(QueuedWrite.APPLY_ORDER);
			assertThat(shuffled).extracting(QueuedWrite::itemId).containsExactly("r", "a", "b", "c", "d", "e");
		}
	}

}
