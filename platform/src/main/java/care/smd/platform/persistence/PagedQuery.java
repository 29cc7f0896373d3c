package care.smd.platform.persistence;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import care.smd.platform.web.Paging;

/**
 * One page of a JPQL list and the number of all its rows: the same {@code from ... where}
 * read twice, as the rows of the page in their order and as a count, with the same
 * parameters bound to both.
 */
public final class PagedQuery {

	/** The page's rows and how many rows the whole list holds. */
	public record Found<T>(List<T> rows, long total) {
	}

	private PagedQuery() {
	}

	/**
	 * @param alias the entity's alias in {@code from}
	 * @param from {@code " from Entity alias where ..."}
	 * @param orderBy what follows {@code order by}
	 */
	public static <T> Found<T> find(EntityManager entities, Class<T> type, String alias, String from, String orderBy,
			Map<String, Object> parameters, Paging paging) {
		TypedQuery<T> rows = entities.createQuery("select " + alias + from + " order by " + orderBy, type);
		TypedQuery<Long> count = entities.createQuery("select count(" + alias + ")" + from, Long.class);
		parameters.forEach(rows::setParameter);
		parameters.forEach(count::setParameter);
		return new Found<>(rows.setFirstResult(paging.first()).setMaxResults(paging.size()).getResultList(),
				count.getSingleResult());
	}

}
