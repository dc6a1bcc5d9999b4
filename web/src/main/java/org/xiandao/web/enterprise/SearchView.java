package org.xiandao.web.enterprise;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.xiandao.core.chain.Segment;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.District;
import org.xiandao.core.enterprise.StaffBand;
import org.xiandao.core.park.Park;
import org.xiandao.core.park.Parks;
import org.xiandao.store.enterprise.EnterprisePage;
import org.xiandao.store.enterprise.EnterpriseQuery;

/** What the search page shows: the query, its results, and the choices for each filter. */
public record SearchView(EnterpriseQuery query, EnterprisePage page, Taxonomy taxonomy, Parks parks,
                         List<District> districts, List<StaffBand> bands, String queryString) {

    public List<Segment> segments() {
        return taxonomy.segments();
    }

    public List<Park> parkList() {
        return parks.all();
    }

    /** The current query with one parameter replaced, for sort headers and page links. */
    public String with(String name, String value) {
        StringBuilder b = new StringBuilder("/enterprises?");
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty() || pair.startsWith(name + "=") || (name.equals("sort") && pair.startsWith("page="))
                    || (name.equals("sort") && pair.startsWith("dir="))) {
                continue;
            }
            b.append(pair).append('&');
        }
        return b.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).toString();
    }

    /** Link for a sortable column: clicking the current column flips the direction. */
    public String sortHref(String sort) {
        boolean current = query.sort().name().equalsIgnoreCase(sort);
        String dir = current ? (query.descending() ? "asc" : "desc") : (sort.equals("name") ? "asc" : "desc");
        return with("sort", sort) + "&dir=" + dir;
    }

    public String exportHref() {
        return "/enterprises.xlsx" + (queryString.isEmpty() ? "" : "?" + queryString);
    }

    public String segmentName(String code, boolean zh) {
        return taxonomy.find(code).map(s -> s.name(zh)).orElse(code);
    }

    public String parkName(String code, boolean zh) {
        return code == null ? "" : parks.find(code).map(p -> p.name(zh)).orElse(code);
    }
}
