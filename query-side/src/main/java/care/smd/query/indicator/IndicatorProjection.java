package care.smd.query.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import care.smd.kernel.indicator.PatientFacts;
import care.smd.kernel.indicator.PatientFacts.Contribution;
import care.smd.kernel.indicator.PatientFacts.MonthKey;
import care.smd.kernel.indicator.PatientTimeline;
import care.smd.kernel.indicator.Period;
import care.smd.kernel.patient.PatientEvent;
import care.smd.platform.axon.EventJson;

/**
 * Keeps the indicator counters exact under any order of events. For each event it
 * compares the patient's contributions before and after, for every period the event can
 * touch (those ending on or after its day), and adds only the difference. A backdated
 * visit, a transfer, a death or an admission thus corrects exactly the periods and
 * communities it changes.
 */
@Component
@ProcessingGroup(IndicatorProjection.GROUP)
class IndicatorProjection {

	static final String GROUP = "indicators";

	private final EntityManager entities;

	private final Counters counters;

	private final ObjectMapper json = EventJson.mapper();

	IndicatorProjection(EntityManager entities, Counters counters) {
		this.entities = entities;
		this.counters = counters;
	}

	@EventHandler
	void on(PatientEvent event, @SequenceNumber long sequence) throws JsonProcessingException {
		TimelineRow row = this.entities.find(TimelineRow.class, event.patientId().value());
		PatientTimeline before = row == null ? PatientTimeline.EMPTY
				: this.json.readValue(row.json, PatientTimeline.class);
		PatientTimeline after = before.with(event, sequence);
		if (after.equals(before)) {
			return;
		}
		this.counters.addActivity(activityChanges(before, after, event.date()));
		this.counters.addState(stateChanges(before, after));
		if (row == null) {
			row = new TimelineRow(event.patientId().value());
			row.json = this.json.writeValueAsString(after);
			this.entities.persist(row);
		}
		else {
			row.json = this.json.writeValueAsString(after);
		}
	}

	@ResetHandler
	void reset() {
		this.entities.createQuery("delete from TimelineRow").executeUpdate();
		this.counters.clear();
	}

	static Map<String, Map<Period, int[]>> activityChanges(PatientTimeline before, PatientTimeline after,
			LocalDate from) {
		TreeSet<Period> periods = PatientFacts.activityPeriodsEndingFrom(before, from);
		periods.addAll(PatientFacts.activityPeriodsEndingFrom(after, from));
		Map<String, Map<Period, int[]>> changes = new HashMap<>();
		for (Period period : periods) {
			Contribution old = PatientFacts.activity(before, period);
			Contribution now = PatientFacts.activity(after, period);
			if (!old.equals(now)) {
				add(changes, old, period, -1);
				add(changes, now, period, 1);
			}
		}
		return changes;
	}

	static Map<String, Map<YearMonth, int[]>> stateChanges(PatientTimeline before, PatientTimeline after) {
		Map<String, Map<YearMonth, int[]>> changes = new HashMap<>();
		PatientFacts.stateChanges(before).forEach((key, counts) -> add(changes, key, counts, -1));
		PatientFacts.stateChanges(after).forEach((key, counts) -> add(changes, key, counts, 1));
		return changes;
	}

	private static void add(Map<String, Map<Period, int[]>> changes, Contribution contribution, Period period,
			int sign) {
		if (contribution.community() == null || contribution.isEmpty()) {
			return;
		}
		int[] sum = changes.computeIfAbsent(contribution.community(), (c) -> new HashMap<>())
			.computeIfAbsent(period, (p) -> new int[contribution.counts().length]);
		for (int i = 0; i < sum.length; i++) {
			sum[i] += sign * contribution.counts()[i];
		}
	}

	private static void add(Map<String, Map<YearMonth, int[]>> changes, MonthKey key, int[] counts, int sign) {
		int[] sum = changes.computeIfAbsent(key.community(), (c) -> new HashMap<>())
			.computeIfAbsent(key.month(), (m) -> new int[counts.length]);
		for (int i = 0; i < sum.length; i++) {
			sum[i] += sign * counts[i];
		}
		if (Arrays.stream(sum).allMatch((c) -> c == 0)) {
			changes.get(key.community()).remove(key.month());
		}
	}

}
