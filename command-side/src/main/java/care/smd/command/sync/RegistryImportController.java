package care.smd.command.sync;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Import 数据迁移", description = "Bring a district's registry over from its old system")
class RegistryImportController {

	record Started(String progressId, String progress) {
	}

	private final RegistryImport imports;

	RegistryImportController(RegistryImport imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/imports/registry", consumes = "text/csv")
	@Operation(summary = "Import patients and their past follow-ups from CSV (runs in the background)",
			description = "Columns by name in the first line: record (PATIENT or FOLLOW_UP), idNumber, and for a "
					+ "patient name, sex, birthDate, jurisdiction, registeredOn, diagnosisCode, diagnosisHospital, "
					+ "diagnosisDate, consentGiven, consentSignedBy, consentDate, optional phone, address, "
					+ "householdType, guardianName, guardianRelation, guardianPhone; for a follow-up date, form, "
					+ "dangerLevel, adherence, hospitalisation, optional classification, insight, nextDate. Each row "
					+ "lands whole or not at all; GET the progress link for done/total and, at the end, the report "
					+ "of rejected rows with line and reason. The same file again imports nothing twice.")
	ResponseEntity<Started> importRegistry(@RequestBody String csv, Authentication user) {
		String id = this.imports.start(csv, user.getName());
		String link = "/api/progress/" + id;
		return ResponseEntity.accepted().location(URI.create(link)).body(new Started(id, link));
	}

}
