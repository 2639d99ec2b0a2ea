package org.paperkg.query;

import org.apache.jena.query.Query;

/**
 * Which rows of a query's result to answer: {@code limit} rows after the first {@code offset}
 * (a limit of zero for all of them). A query's own LIMIT and OFFSET still hold: a page is cut from
 * the rows the query itself answers.
 * <pre>Page.of(100, 200)   // rows 101 to 300</pre>
 */
public record Page(long offset, long limit) {

    /** Rows answered when the user asks for no page: listing queries stay interactive on large graphs. */
    public static final long DEFAULT_LIMIT = 100;
    /** The first {@link #DEFAULT_LIMIT} rows. */
    public static final Page FIRST = new Page(0, DEFAULT_LIMIT);
    /** Every row. */
    public static final Page ALL = new Page(0, 0);

    public Page {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative (0 for all rows): " + limit);
        }
    }

    public static Page of(long offset, long limit) {
        return new Page(offset, limit);
    }

    /** Narrows a parsed query to this page of its own result. */
    void applyTo(Query query) {
        if (offset == 0 && limit == 0) {
            return;
        }
        long own = query.hasLimit() ? query.getLimit() : Long.MAX_VALUE;
        long remaining = own == Long.MAX_VALUE ? own : Math.max(0, own - offset);
        long rows = limit == 0 ? remaining : Math.min(limit, remaining);
        query.setOffset((query.hasOffset() ? query.getOffset() : 0) + offset);
        query.setLimit(rows == Long.MAX_VALUE ? Query.NOLIMIT : rows);
    }

    /** True when a result of {@code rows} rows filled this page, so more rows may follow. */
    public boolean filledBy(long rows) {
        return limit > 0 && rows >= limit;
    }
}
