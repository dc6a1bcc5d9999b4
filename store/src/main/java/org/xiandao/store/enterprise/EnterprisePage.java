package org.xiandao.store.enterprise;

import java.util.List;
import org.xiandao.core.enterprise.Enterprise;

/** One page of search results and the number of matches in all. */
public record EnterprisePage(List<Enterprise> items, long total, int page, int pageSize) {
    public EnterprisePage {
        items = List.copyOf(items);
    }

    public long pages() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
