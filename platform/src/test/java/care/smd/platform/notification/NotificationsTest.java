package care.smd.platform.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NotificationsTest {

	@Test
	void theScopesCoveringAJurisdictionAreItsPrefixesFromTheCountryDown() {
		assertThat(Notifications.scopesCovering("310105")).containsExactly("", "3", "31", "310", "3101", "31010",
				"310105");
	}

	@Test
	void aScopeCoversAJurisdictionExactlyWhenTheJurisdictionStartsWithIt() {
		List<String> scopes = List.of("", "31", "3101", "310105", "310106", "310105002001", "32", "3101050020011");
		for (String jurisdiction : List.of("310105002001", "310105", "31", "320682100003")) {
			for (String scope : scopes) {
				assertThat(Notifications.scopesCovering(jurisdiction).contains(scope))
					.as(scope + " covers " + jurisdiction)
					.isEqualTo(jurisdiction.startsWith(scope));
			}
		}
	}

}
