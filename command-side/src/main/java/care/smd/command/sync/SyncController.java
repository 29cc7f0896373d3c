package care.smd.command.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import care.smd.command.sync.OfflineSync.ItemResult;
import care.smd.command.sync.OfflineSync.Outcome;
import care.smd.kernel.common.InvalidValue;
import care.smd.platform.web.Problems;

@RestController
@Tag(name = "Offline sync 离线同步", description = "A field client's queue of writes, replayed safely")
class SyncController {

	private static final int MAX_ITEMS = 500;

	record SyncRequest(List<QueuedWrite> items) {
	}

	record SyncAnswer(int applied, int alreadyApplied, int rejected, List<ItemResult> results) {
	}

	private final OfflineSync sync;

	SyncController(OfflineSync sync) {
		this.sync = sync;
	}

	@PostMapping("/api/sync")
	@Operation(summary = "Replay writes queued offline; one result per item, in the order sent",
			description = "Each item: itemId (the client's, unique per write), kind, patientId (client-generated for "
					+ "a patient registered offline), optional queuedAt, and the body the online endpoint takes. "
					+ "Registrations apply first, then records by their date, so the order sent does not matter. "
					+ "An item applied before answers ALREADY_APPLIED with its first result; a refused one (the case "
					+ "was closed meanwhile, an invalid field) answers REJECTED with its problem. Up to 500 items.")
	SyncAnswer sync(@RequestBody SyncRequest request, Authentication user) {
		if (request == null || request.items() == null || request.items().isEmpty()
				|| request.items().size() > MAX_ITEMS) {
			throw new InvalidValue("items", "must hold between 1 and " + MAX_ITEMS + " queued writes");
		}
		List<QueuedWrite> items = request.items();
		ItemResult[] results = new ItemResult[items.size()];
		List<Integer> valid = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String missing = missingField(items.get(i));
			if (missing != null) {
				results[i] = new ItemResult(items.get(i) == null ? null : items.get(i).itemId(), Outcome.REJECTED, null,
						null, Problems.invalidField("items[" + i + "]." + missing,
								"is required" + (missing.equals("itemId") ? " (at most 100 characters)" : "")));
			}
			else {
				valid.add(i);
			}
		}
		valid.sort(Comparator.comparing(items::get, QueuedWrite.APPLY_ORDER));
		for (int i : valid) {
			results[i] = this.sync.apply(items.get(i), user.getName());
		}
		List<ItemResult> answer = Arrays.asList(results);
		return new SyncAnswer(count(answer, Outcome.APPLIED), count(answer, Outcome.ALREADY_APPLIED),
				count(answer, Outcome.REJECTED), answer);
	}

	private static String missingField(QueuedWrite item) {
		if (item == null) {
			return "itemId";
		}
		if (item.itemId() == null || item.itemId().isBlank() || item.itemId().length() > 100) {
			return "itemId";
		}
		if (item.kind() == null) {
			return "kind";
		}
		if (item.patientId() == null) {
			return "patientId";
		}
		return item.body() == null || !item.body().isObject() ? "body" : null;
	}

	private static int count(List<ItemResult> results, Outcome outcome) {
		return (int) results.stream().filter((r) -> r.outcome() == outcome).count();
	}

}
