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
 * backups of the table.
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

	@Override
	public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
		super.contributeTypes(typeContributions, serviceRegistry);
		typeContributions.getTypeConfiguration()
			.getJdbcTypeRegistry()
			.addDescriptor(Types.BLOB, BinaryJdbcType.INSTANCE);
	}

}
