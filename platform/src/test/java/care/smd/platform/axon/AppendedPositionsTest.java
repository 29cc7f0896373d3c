package care.smd.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;

import org.axonframework.eventhandling.AbstractSequencedDomainEventEntry;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * What a command appended, heard from the inserts: the last position per case, nothing
 * outside a command, and a command sent from inside another counts for the outer only
 * when it succeeds.
 */
class AppendedPositionsTest {

	private final AppendedPositions listener = new AppendedPositions();

	@Test
	void answersTheCasesLastAppendedPosition() {
		AppendedPositions.Recorded<String> sent = AppendedPositions.during("a", () -> {
			insert("a", 0, 7);
			insert("b", 0, 8);
			insert("a", 1, 9);
			return "done";
		});
		assertThat(sent.result()).isEqualTo("done");
		assertThat(sent.position()).isEqualTo(9);
		assertThat(AppendedPositions.during("c", () -> insert("a", 2, 10)).position()).isNull();
	}

	@Test
	void recordsNothingOutsideACommand() {
		insert("a", 0, 5);
		assertThat(AppendedPositions.during("a", () -> "nothing appended").position()).isNull();
	}

	@Test
	void anInnerCommandCountsForTheOuterOnlyWhenItSucceeds() {
		AppendedPositions.Recorded<Object> outer = AppendedPositions.during("a", () -> {
			insert("a", 0, 3);
			AppendedPositions.during("a", () -> insert("a", 1, 4));
			assertThatThrownBy(() -> AppendedPositions.during("a", () -> {
				insert("a", 2, 6);
				throw new IllegalStateException("rolled back");
			})).isInstanceOf(IllegalStateException.class);
			return null;
		});
		assertThat(outer.position()).isEqualTo(4);
	}

	private Object insert(String aggregate, long sequence, long position) {
		DomainEventEntry entry = new DomainEventEntry(
				new GenericDomainEventMessage<>("Patient", aggregate, sequence, "payload"),
				JacksonSerializer.defaultSerializer());
		try {
			Field index = AbstractSequencedDomainEventEntry.class.getDeclaredField("globalIndex");
			index.setAccessible(true);
			index.setLong(entry, position);
		}
		catch (ReflectiveOperationException ex) {
			throw new AssertionError(ex);
		}
		this.listener.appended(entry);
		return null;
	}

}
