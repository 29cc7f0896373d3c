package care.smd.query.patient;

import care.smd.kernel.common.InvalidValue;

/** One page of a list: the page's number from 0 and how many items a page holds. */
record Paging(int page, int size) {

	static final int LARGEST = 500;

	Paging {
		if (size < 1 || size > LARGEST || page < 0) {
			throw new InvalidValue("size", "page must be >= 0 and size between 1 and " + LARGEST);
		}
	}

	int first() {
		return this.page * this.size;
	}

}
