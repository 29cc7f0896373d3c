package care.smd.query.alert;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import care.smd.query.projection.AfterCommit;

/**
 * Live alerts for the users watching (server-sent events). An alert is announced only
 * after the transaction that raised it has committed, so nobody hears of an alert that
 * was rolled back.
 */
@Component
class AlertStream {

	/** Who listens, and for which jurisdiction prefix. */
	record Listener(SseEmitter emitter, String scope) {
	}

	/** What a listener receives. */
	record Announcement(String id, String patientId, String jurisdiction, String kind, String raisedAt) {
	}

	private final List<Listener> listeners = new CopyOnWriteArrayList<>();

	SseEmitter listen(String scope) {
		SseEmitter emitter = new SseEmitter(0L);
		Listener listener = new Listener(emitter, scope);
		this.listeners.add(listener);
		emitter.onCompletion(() -> this.listeners.remove(listener));
		emitter.onTimeout(() -> this.listeners.remove(listener));
		emitter.onError((ex) -> this.listeners.remove(listener));
		return emitter;
	}

	void announce(AlertRow alert) {
		Announcement announcement = new Announcement(alert.id, alert.patientId, alert.jurisdiction, alert.kind.name(),
				alert.raisedAt.toString());
		AfterCommit.run(() -> send(announcement));
	}

	private void send(Announcement announcement) {
		for (Listener listener : this.listeners) {
			if (announcement.jurisdiction().startsWith(listener.scope())) {
				try {
					listener.emitter().send(SseEmitter.event().name("alert").data(announcement));
				}
				catch (IOException | IllegalStateException gone) {
					this.listeners.remove(listener);
				}
			}
		}
	}

}
