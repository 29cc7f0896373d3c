package care.smd.kernel.jurisdiction;

/** A jurisdiction was created, or its name or population changed. */
public record JurisdictionDefined(JurisdictionCode code, String name, long population) {
}
