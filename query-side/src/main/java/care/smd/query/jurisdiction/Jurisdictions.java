package care.smd.query.jurisdiction;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import care.smd.kernel.jurisdiction.CodeRange;
import care.smd.kernel.jurisdiction.JurisdictionLevel;

/**
 * The jurisdiction registry for readers: names, populations and children in the prefix
 * tree.
 */
@Component
public class Jurisdictions {

	/** A jurisdiction's name and resident population (常住人口). */
	public record Jurisdiction(String code, String name, long population) {
	}

	private final EntityManager entities;

	Jurisdictions(EntityManager entities) {
		this.entities = entities;
	}

	public Optional<Jurisdiction> find(String code) {
		return Optional.ofNullable(this.entities.find(JurisdictionView.class, code))
			.map((v) -> new Jurisdiction(v.code, v.name, v.population));
	}

	/**
	 * The known jurisdictions one level below the prefix ("" = provinces): the codes of
	 * the next level's length in the prefix's {@link CodeRange}, a range of the level's
	 * index, where a {@code like} read the whole registry.
	 */
	public List<Jurisdiction> children(String prefix) {
		int length = childLength(prefix.length());
		if (length == Integer.MAX_VALUE) {
			return List.of();
		}
		CodeRange codes = CodeRange.under(prefix, length);
		// the level is written into the statement, not bound: in a probe of session 19,
		// PostgreSQL's generic plan for the bound level ranged over the whole primary key
		// (docs/benchmarks.md; PostgresRegistryPlansTest did not see that plan again)
		return this.entities
			.createQuery("select v from JurisdictionView v where v.codeLength = " + length
					+ " and v.code between :low and :high order by v.code", JurisdictionView.class)
			.setParameter("low", codes.low())
			.setParameter("high", codes.high())
			.getResultList()
			.stream()
			.map((v) -> new Jurisdiction(v.code, v.name, v.population))
			.toList();
	}

	private static int childLength(int length) {
		for (JurisdictionLevel level : JurisdictionLevel.values()) {
			if (level.codeLength() > length) {
				return level.codeLength();
			}
		}
		return Integer.MAX_VALUE;
	}

}
