package care.smd.query.jurisdiction;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import care.smd.kernel.common.InvalidValue;
import care.smd.kernel.jurisdiction.JurisdictionCode;
import care.smd.platform.security.JurisdictionScope;
import care.smd.query.jurisdiction.Jurisdictions.Jurisdiction;

@RestController
@Tag(name = "Jurisdictions 辖区")
class JurisdictionQueryController {

	record Level(Jurisdiction jurisdiction, List<Jurisdiction> children) {
	}

	private final Jurisdictions jurisdictions;

	JurisdictionQueryController(Jurisdictions jurisdictions) {
		this.jurisdictions = jurisdictions;
	}

	@GetMapping("/api/jurisdictions")
	@Operation(summary = "A jurisdiction in your scope (default: your own) and its children, for pickers")
	Level level(@RequestParam(required = false) String code, Authentication reader) {
		String scope = JurisdictionScope.of(reader).orElse("");
		String asked = code == null || code.isBlank() ? scope : JurisdictionCode.of(code).value();
		if (!asked.startsWith(scope)) {
			throw new InvalidValue("code", "is outside your jurisdiction " + scope);
		}
		Jurisdiction self = asked.isEmpty() ? new Jurisdiction("", "全国", 0) : this.jurisdictions.find(asked)
			.orElseThrow(() -> new InvalidValue("code", "is not in the jurisdiction registry"));
		return new Level(self, this.jurisdictions.children(asked));
	}

}
