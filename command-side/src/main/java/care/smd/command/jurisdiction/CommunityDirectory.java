package care.smd.command.jurisdiction;

import care.smd.kernel.jurisdiction.JurisdictionCode;

/** Which jurisdictions the registry knows, as the write side sees them. */
public interface CommunityDirectory {

	boolean isKnown(JurisdictionCode code);

}
