package care.smd.platform.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A newly raised alert, as the notification channels need it: what, where and when, and
 * who is on the case's care team. It carries no identity: a notification never names the
 * patient; the recipient opens the application, which checks what they may see.
 *
 * @param teamMembers user ids of the case's care team
 * @param causedAt when the cause was recorded (the event's time), to tell a new alert
 * from one raised again by a replay of old events
 */
public record AlertNotice(String alertId, String kind, String kindLabel, String patientId, String jurisdiction,
		LocalDate raisedAt, Set<String> teamMembers, Instant causedAt) {
}
