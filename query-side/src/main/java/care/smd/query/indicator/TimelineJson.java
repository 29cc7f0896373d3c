package care.smd.query.indicator;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import care.smd.kernel.indicator.PatientTimeline;
import care.smd.platform.axon.EventJson;

/**
 * How a patient's timeline is stored: each record as a JSON array of its components in
 * declaration order, without the names. Every live event rewrites its patient's row
 * whole; with the names, a timeline averaged 6 KB after the write benchmark, and the
 * names were most of what the read models wrote (docs/benchmarks.md, session 7). Rows
 * written before, as JSON objects, are still read.
 */
final class TimelineJson {

	private final ObjectMapper compact = EventJson.mapper()
		.addMixIn(PatientTimeline.class, AsArray.class)
		.addMixIn(PatientTimeline.Residence.class, AsArray.class)
		.addMixIn(PatientTimeline.Visit.class, AsArray.class)
		.addMixIn(PatientTimeline.Mark.class, AsArray.class)
		.addMixIn(PatientTimeline.Flag.class, AsArray.class);

	private final ObjectMapper named = EventJson.mapper();

	@JsonFormat(shape = JsonFormat.Shape.ARRAY)
	private interface AsArray {

	}

	String write(PatientTimeline timeline) throws JsonProcessingException {
		return this.compact.writeValueAsString(timeline);
	}

	PatientTimeline read(String json) throws JsonProcessingException {
		ObjectMapper mapper = json.startsWith("[") ? this.compact : this.named;
		return mapper.readValue(json, PatientTimeline.class);
	}

	String writeAll(Map<String, PatientTimeline> timelines) throws JsonProcessingException {
		return this.compact.writeValueAsString(timelines);
	}

	/** Timelines by case id, each in either form. */
	TreeMap<String, PatientTimeline> readAll(String json) throws JsonProcessingException {
		TreeMap<String, PatientTimeline> timelines = new TreeMap<>();
		Iterator<Map.Entry<String, JsonNode>> entries = this.compact.readTree(json).fields();
		while (entries.hasNext()) {
			Map.Entry<String, JsonNode> entry = entries.next();
			timelines.put(entry.getKey(), read(entry.getValue()));
		}
		return timelines;
	}

	private PatientTimeline read(JsonNode node) throws JsonProcessingException {
		ObjectMapper mapper = node.isArray() ? this.compact : this.named;
		return mapper.treeToValue(node, PatientTimeline.class);
	}

	/**
	 * What the case counts for: nothing once merged, else its own records and its
	 * duplicates'.
	 */
	PatientTimeline counted(TimelineRow row, PatientTimeline own) throws JsonProcessingException {
		if (row.mergedInto != null) {
			return PatientTimeline.EMPTY;
		}
		PatientTimeline person = own;
		for (PatientTimeline duplicate : absorbed(row).values()) {
			person = person.absorbing(duplicate);
		}
		return person;
	}

	/** The timelines of the duplicates merged into the case, by case id. */
	Map<String, PatientTimeline> absorbed(TimelineRow row) throws JsonProcessingException {
		return row.absorbedJson == null ? new TreeMap<>() : readAll(row.absorbedJson);
	}

}
