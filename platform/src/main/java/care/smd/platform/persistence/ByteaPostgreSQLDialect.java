package care.smd.platform.persistence;

import java.sql.Types;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * Stores Axon's {@code @Lob byte[]} payloads as {@code bytea}, not as PostgreSQL large
 * objects (oid), which would live outside the row, outside VACUUM and outside plain
 * backups of the table. An event's insert returns its position alone.
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

	@Override
	protected String columnType(int sqlTypeCode) {
		return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
	}

	@Override
	protected String castType(int sqlTypeCode) {
		return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.castType(sqlTypeCode);
	}

	/**
	 * Without JDBC's generated keys Hibernate writes {@code returning global_index}
	 * itself; with them the driver appends {@code returning *}, and every event insert
	 * sent its whole row back, payload included (docs/decisions.md).
	 */
	@Override
	public boolean getDefaultUseGetGeneratedKeys() {
		return false;
	}

	@Override
	public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		super.contributeTypes(typeContributions, serviceRegistry);
		typeContributions.getTypeConfiguration()
			.getJdbcTypeRegistry()
			.addDescriptor(Types.BLOB, BinaryJdbcType.INSTANCE);
	}

}
