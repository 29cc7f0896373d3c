package care.smd.platform.web;

import java.util.List;

import org.springframework.http.ResponseEntity;

import care.smd.kernel.common.InvalidValue;

/**
 * One page of a list: the page's number from 0 and how many items a page holds. A list
 * answered as a JSON array carries the number of all its items in {@code X-Total-Count},
 * so that a reader knows when a page is not the whole list.
 */
public record Paging(int page, int size) {

	public static final int LARGEST = 500;

	public static final String TOTAL = "X-Total-Count";

	public Paging {
		if (size < 1 || size > LARGEST || page < 0) {
			throw new InvalidValue("size", "page must be >= 0 and size between 1 and " + LARGEST);
		}
	}

	public int first() {
		return this.page * this.size;
	}

	/** The page's items, with the number of all items in the list. */
	public static <T> ResponseEntity<List<T>> answer(List<T> items, long total) {
		return ResponseEntity.ok().header(TOTAL, Long.toString(total)).body(items);
	}

}
