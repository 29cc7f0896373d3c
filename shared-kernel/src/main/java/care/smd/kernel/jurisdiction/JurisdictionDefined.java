package care.smd.kernel.jurisdiction;

import care.smd.kernel.common.DomainEvent;

/** A jurisdiction was created, or its name or population changed. */
public record JurisdictionDefined(JurisdictionCode code, String name, long population) implements DomainEvent {
}
