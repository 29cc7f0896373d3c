package care.smd.kernel.followup;

import java.util.stream.Stream;

import care.smd.kernel.common.InvalidValue;

/**
 * The five social-function items (社会功能情况); only productive work may be "not applicable".
 */
public record SocialFunction(Rating selfCare, Rating housework, Rating productiveWork, Rating learning,
		Rating socialContact) {

	public SocialFunction {
		for (Rating rating : new Rating[] { selfCare, housework, learning, socialContact }) {
			if (rating == Rating.NOT_APPLICABLE) {
				throw new InvalidValue("socialFunction", "only productiveWork may be NOT_APPLICABLE");
			}
		}
	}

	public boolean anyPoor() {
		return items().anyMatch(Rating.POOR::equals);
	}

	private Stream<Rating> items() {
		return Stream.of(this.selfCare, this.housework, this.productiveWork, this.learning, this.socialContact);
	}

}
