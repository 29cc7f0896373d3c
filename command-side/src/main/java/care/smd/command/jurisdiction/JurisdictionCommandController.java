package care.smd.command.jurisdiction;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.jurisdiction.DefineJurisdiction;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.platform.axon.Commands;
import care.smd.platform.security.AggregateAccess;
import org.springframework.security.core.Authentication;
import care.smd.platform.web.Problems;

@RestController
@Tag(name = "Jurisdictions 行政区划")
class JurisdictionCommandController {

	record JurisdictionRequest(String name, Long population) {
	}

	record JurisdictionAnswer(String code, String name, long population) {
	}

	private final Commands commands;

	private final AggregateAccess access;

	JurisdictionCommandController(Commands commands, AggregateAccess access) {
		this.commands = commands;
		this.access = access;
	}

	record ImportAnswer(int lines, int created) {
	}

	@PostMapping(path = "/api/jurisdictions", consumes = "text/csv")
	@Operation(summary = "Load many jurisdictions from CSV (code,name,population per line)",
			description = "Every line is checked first: one bad line rejects the file (400, each bad line with its "
					+ "number and reason) and nothing is recorded. Unchanged jurisdictions record nothing.")
	ResponseEntity<?> load(@RequestBody String csv, Authentication writer) {
		JurisdictionCsv.Parsed parsed = JurisdictionCsv.parse(csv);
		parsed.commands().forEach((command) -> this.access.requireManagerOf(writer, command.code()));
		if (!parsed.rejected().isEmpty()) {
			ProblemDetail problem = Problems.problem(HttpStatus.BAD_REQUEST, "invalid-csv", "The file has bad lines",
					parsed.rejected().size() + " line(s) could not be read; nothing was recorded.");
			problem.setProperty("errors", parsed.rejected());
			return Problems.respond(problem);
		}
		int created = 0;
		for (DefineJurisdiction command : parsed.commands()) {
			created += Boolean.TRUE.equals(this.commands.send(command)) ? 1 : 0;
		}
		return ResponseEntity.ok(new ImportAnswer(parsed.commands().size(), created));
	}

	@PutMapping("/api/jurisdictions/{code}")
	@Operation(summary = "Create or update a jurisdiction: name and resident population (常住人口)",
			description = "201 when it is new, 200 when it existed. Codes nest by prefix: 2/4/6/9/12 digits.")
	ResponseEntity<JurisdictionAnswer> define(@PathVariable String code, @RequestBody JurisdictionRequest request,
			Authentication writer) {
		this.access.requireManagerOf(writer, JurisdictionCode.of(code));
		DefineJurisdiction command = new DefineJurisdiction(JurisdictionCode.of(code), request.name(),
				request.population());
		boolean created = this.commands.send(command);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new JurisdictionAnswer(code, command.name(), command.population()));
	}

}
