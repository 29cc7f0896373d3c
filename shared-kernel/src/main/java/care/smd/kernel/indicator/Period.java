package care.smd.kernel.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import care.smd.kernel.common.InvalidValue;

/**
 * A reporting period: a calendar year ({@code 2025}), quarter ({@code 2025-Q2}) or month
 * ({@code 2025-06}).
 */
public record Period(Kind kind, int year, int number) implements Comparable<Period> {

	/** Year, quarter or month. */
	public enum Kind {

		YEAR, QUARTER, MONTH

	}

	private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?");

	public Period {
		if (year < 1990 || year > 2200) {
			throw new InvalidValue("period", "year must be between 1990 and 2200");
		}
	}

	@JsonCreator
	public static Period parse(String value) {
		Matcher m = value == null ? null : SHAPE.matcher(value.strip());
		if (m == null || !m.matches()) {
			throw new InvalidValue("period", "must be a year (2025), a quarter (2025-Q2) or a month (2025-06)");
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) != null) {
			return new Period(Kind.QUARTER, year, Integer.parseInt(m.group(2)));
		}
		if (m.group(3) != null) {
			return new Period(Kind.MONTH, year, Integer.parseInt(m.group(3)));
		}
		return new Period(Kind.YEAR, year, 1);
	}

	public static Period year(int year) {
		return new Period(Kind.YEAR, year, 1);
	}

	public static Period quarterOf(LocalDate day) {
		return new Period(Kind.QUARTER, day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	public static Period monthOf(LocalDate day) {
		return new Period(Kind.MONTH, day.getYear(), day.getMonthValue());
	}

	/** The year, quarter and month that contain the day. */
	public static List<Period> containing(LocalDate day) {
		return List.of(year(day.getYear()), quarterOf(day), monthOf(day));
	}

	public LocalDate start() {
		return switch (this.kind) {
			case YEAR -> LocalDate.of(this.year, 1, 1);
			case QUARTER -> LocalDate.of(this.year, (this.number - 1) * 3 + 1, 1);
			case MONTH -> LocalDate.of(this.year, this.number, 1);
		};
	}

	public LocalDate end() {
		return switch (this.kind) {
			case YEAR -> LocalDate.of(this.year, 12, 31);
			case QUARTER -> YearMonth.of(this.year, this.number * 3).atEndOfMonth();
			case MONTH -> YearMonth.of(this.year, this.number).atEndOfMonth();
		};
	}

	public boolean contains(LocalDate day) {
		// by the day's year and month: the indicators ask this for every visit and period
		if (day.getYear() != this.year) {
			return false;
		}
		return switch (this.kind) {
			case YEAR -> true;
			case QUARTER -> (day.getMonthValue() - 1) / 3 + 1 == this.number;
			case MONTH -> day.getMonthValue() == this.number;
		};
	}

	/** The calendar quarters that lie wholly inside this period (none for a month). */
	public List<Period> quarters() {
		List<Period> quarters = new ArrayList<>();
		if (this.kind == Kind.YEAR) {
			for (int q = 1; q <= 4; q++) {
				quarters.add(new Period(Kind.QUARTER, this.year, q));
			}
		}
		else if (this.kind == Kind.QUARTER) {
			quarters.add(this);
		}
		return quarters;
	}

	/** The months of this period, in order. */
	public List<YearMonth> months() {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(start()); !m.isAfter(YearMonth.from(end())); m = m.plusMonths(1)) {
			months.add(m);
		}
		return months;
	}

	/** How many of this period's whole quarters have fully elapsed by the day. */
	public int quartersElapsedBy(LocalDate day) {
		return (int) quarters().stream().filter((q) -> q.end().isBefore(day) || q.end().equals(day)).count();
	}

	@JsonValue
	public String key() {
		return switch (this.kind) {
			case YEAR -> Integer.toString(this.year);
			case QUARTER -> this.year + "-Q" + this.number;
			case MONTH -> this.year + (this.number < 10 ? "-0" : "-") + this.number;
		};
	}

	/**
	 * By end, then the longer first. On month numbers rather than dates: a replay sorts
	 * the periods of every case, and the four dates each comparison made were 6% of the
	 * counters' sum (docs/benchmarks.md, session 33).
	 */
	@Override
	public int compareTo(Period other) {
		int byEnd = Integer.compare(lastMonth(), other.lastMonth());
		return byEnd != 0 ? byEnd : Integer.compare(other.firstMonth(), firstMonth());
	}

	/** Months since year 0 of the period's first month. */
	private int firstMonth() {
		return this.year * 12 + switch (this.kind) {
			case YEAR -> 0;
			case QUARTER -> (this.number - 1) * 3;
			case MONTH -> this.number - 1;
		};
	}

	/** Months since year 0 of the period's last month. */
	private int lastMonth() {
		return this.year * 12 + switch (this.kind) {
			case YEAR -> 11;
			case QUARTER -> this.number * 3 - 1;
			case MONTH -> this.number - 1;
		};
	}

	@Override
	public String toString() {
		return key();
	}

}
