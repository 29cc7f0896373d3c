package care.smd.command.jurisdiction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.jurisdiction.DefineJurisdiction;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.platform.axon.Commands;

@RestController
@Tag(name = "Jurisdictions 行政区划")
class JurisdictionCommandController {

	record JurisdictionRequest(String name, Long population) {
	}

	record JurisdictionAnswer(String code, String name, long population) {
	}

	private final Commands commands;

	JurisdictionCommandController(Commands commands) {
		this.commands = commands;
	}

	@PutMapping("/api/jurisdictions/{code}")
	@Operation(summary = "Create or update a jurisdiction: name and resident population (常住人口)",
			description = "201 when it is new, 200 when it existed. Codes nest by prefix: 2/4/6/9/12 digits.")
	ResponseEntity<JurisdictionAnswer> define(@PathVariable String code, @RequestBody JurisdictionRequest request) {
		DefineJurisdiction command = new DefineJurisdiction(JurisdictionCode.of(code), request.name(),
				request.population());
		boolean created = this.commands.send(command);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new JurisdictionAnswer(code, command.name(), command.population()));
	}

}
