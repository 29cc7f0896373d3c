package care.smd.platform.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/** 201 Created with the new record's address. */
public final class Created {

	private Created() {
	}

	public static <T> ResponseEntity<T> at(String location, T body) {
		return ResponseEntity.created(URI.create(location)).body(body);
	}

}
