package org.xiandao.web.enterprise;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.District;
import org.xiandao.core.enterprise.StaffBand;
import org.xiandao.core.park.Parks;
import org.xiandao.store.enterprise.EnterpriseQuery;
import org.xiandao.web.system.BadRequestException;

/** Reads an enterprise search from query parameters, rejecting each bad one by name. */
final class SearchForm {

    static final int DEFAULT_PAGE_SIZE = 25;

    private SearchForm() {
    }

    static EnterpriseQuery read(Context ctx, Taxonomy taxonomy, Parks parks) {
        String q = param(ctx, "q");
        String segment = param(ctx, "segment");
        if (segment != null) {
            segment = segment.toUpperCase(Locale.ROOT);
            if (!taxonomy.contains(segment)) {
                throw new BadRequestException("segment", "unknown segment '" + segment + "'; nearest codes: "
                        + String.join(", ", taxonomy.nearestCodes(segment, 3)));
            }
        }
        District district = null;
        String d = param(ctx, "district");
        if (d != null) {
            district = District.find(d).orElseThrow(() -> new BadRequestException("district",
                    "unknown district '" + d + "'; use one of " + String.join(", ", Arrays.stream(District.values()).map(Enum::name).toList())));
        }
        String park = param(ctx, "park");
        if (park != null) {
            park = parks.find(park).orElseThrow(() -> new BadRequestException("park", "unknown park '" + param(ctx, "park") + "'")).code();
        }
        StaffBand band = null;
        String b = param(ctx, "band");
        if (b != null) {
            band = StaffBand.find(b).orElseThrow(() -> new BadRequestException("band",
                    "unknown size band '" + b + "'; use MICRO, SMALL, MEDIUM or LARGE"));
        }
        EnterpriseQuery.Sort sort = EnterpriseQuery.Sort.REVENUE;
        String s = param(ctx, "sort");
        if (s != null) {
            try {
                sort = EnterpriseQuery.Sort.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("sort", "unknown sort '" + s + "'; use one of "
                        + String.join(", ", Arrays.stream(EnterpriseQuery.Sort.values()).map(x -> x.name().toLowerCase(Locale.ROOT)).toList()));
            }
        }
        String dir = param(ctx, "dir");
        if (dir != null && !dir.equalsIgnoreCase("asc") && !dir.equalsIgnoreCase("desc")) {
            throw new BadRequestException("dir", "dir must be asc or desc");
        }
        boolean descending = dir == null ? sort != EnterpriseQuery.Sort.NAME : dir.equalsIgnoreCase("desc");
        int page = integer(ctx, "page", 1, 1, 1_000_000);
        int size = integer(ctx, "size", DEFAULT_PAGE_SIZE, 1, EnterpriseQuery.MAX_PAGE_SIZE);
        return new EnterpriseQuery(q, segment, district, park, band, sort, descending, page, size);
    }

    private static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = param(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new BadRequestException(name, name + " must be between " + min + " and " + max + ", was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, name + " must be a whole number, was '" + v + "'");
        }
    }
}
