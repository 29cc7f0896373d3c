package care.smd.platform.persistence;

import java.sql.Types;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.jdbc.VarbinaryJdbcType;

/**
 * Stores Axon's {@code @Lob byte[]} payloads (events, tokens, sagas) as {@code varbinary}
 * in the row, not as H2 LOBs. A LOB is written to and read from H2's separate LOB store,
 * each read through a stream and kept for the LOB timeout: in a replay that was a fifth
 * of everything allocated and most of the garbage collector's work (docs/benchmarks.md).
 * Payloads are a few kilobytes; a varbinary holds up to a gigabyte.
 */
public class VarbinaryH2Dialect extends H2Dialect {

	@Override
	public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		super.contributeTypes(typeContributions, serviceRegistry);
		typeContributions.getTypeConfiguration()
			.getJdbcTypeRegistry()
			.addDescriptor(Types.BLOB, VarbinaryJdbcType.INSTANCE);
	}

}
