package org.xiandao.store.enterprise;

import org.xiandao.core.enterprise.District;
import org.xiandao.core.enterprise.StaffBand;

/**
 * A search of the enterprise pool. Every filter is optional ({@code null} means "any").
 *
 * @param text     part of the Chinese or English name, or a whole credit code
 * @param segment  a segment code; enterprises in it or any segment below it match
 * @param page     1-based page number
 */
public record EnterpriseQuery(String text, String segment, District district, String park, StaffBand band,
                              Sort sort, boolean descending, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 200;

    /** The orders a search can be sorted by, each with its column. */
    public enum Sort {
        NAME("coalesce(e.name_zh, e.name_en)"), REVENUE("e.revenue"), STAFF("e.staff"), FOUNDED("e.founded"),
        RD("e.rd_expense_y3"), EQUITY("e.equity_raised");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    public EnterpriseQuery {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        sort = sort == null ? Sort.REVENUE : sort;
        text = text == null || text.isBlank() ? null : text.strip();
        segment = segment == null || segment.isBlank() ? null : segment.strip();
        park = park == null || park.isBlank() ? null : park.strip();
    }

    public static EnterpriseQuery all() {
        return new EnterpriseQuery(null, null, null, null, null, Sort.REVENUE, true, 1, 25);
    }

    public EnterpriseQuery withPage(int newPage) {
        return new EnterpriseQuery(text, segment, district, park, band, sort, descending, newPage, pageSize);
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }
}
