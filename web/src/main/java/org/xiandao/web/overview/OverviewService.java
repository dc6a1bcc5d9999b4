package org.xiandao.web.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xiandao.core.chain.Industry;
import org.xiandao.core.chain.Segment;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.Origin;
import org.xiandao.core.park.Park;
import org.xiandao.store.Store;
import org.xiandao.store.enterprise.EnterpriseRepository;
import org.xiandao.web.system.Count;

/** Computes the overview from the store: five grouped counts. */
public final class OverviewService {

    private final Store store;

    public OverviewService(Store store) {
        this.store = store;
    }

    public Overview overview() {
        Taxonomy taxonomy = store.taxonomy();
        EnterpriseRepository repo = store.enterprises();

        Map<String, Set<String>> industryGroups = new LinkedHashMap<>();
        for (Industry i : Industry.values()) {
            industryGroups.put(i.rootCode(), taxonomy.selfAndDescendants(i.rootCode()));
        }
        Map<String, Set<String>> segmentGroups = new LinkedHashMap<>();
        for (Industry i : Industry.values()) {
            for (Segment s : taxonomy.children(i.rootCode())) {
                if (s.industry() == i) {
                    segmentGroups.put(s.code(), taxonomy.selfAndDescendants(s.code()));
                }
            }
        }
        Map<String, Long> byIndustry = repo.countDistinctByGroup(industryGroups);
        Map<String, Long> bySegment = repo.countDistinctByGroup(segmentGroups);

        List<Count> industries = new ArrayList<>();
        for (Industry i : Industry.values()) {
            industries.add(new Count(i.rootCode(), i.nameZh(), i.nameEn(), byIndustry.get(i.rootCode())));
        }
        List<Count> segments = new ArrayList<>();
        bySegment.forEach((code, n) -> {
            Segment s = taxonomy.require(code);
            segments.add(new Count(code, s.nameZh(), s.nameEn(), n));
        });
        List<Count> districts = new ArrayList<>();
        repo.countByDistrict().forEach((d, n) -> districts.add(new Count(d.name(), d.nameZh(), d.nameEn(), n)));
        districts.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::code));
        Map<String, Long> byPark = repo.countByPark();
        List<Count> parks = new ArrayList<>();
        for (Park p : store.parks().all()) {
            parks.add(new Count(p.code(), p.nameZh(), p.nameEn(), byPark.getOrDefault(p.code(), 0L)));
        }
        parks.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::code));
        Map<Origin.Kind, Long> origins = repo.countByOrigin();
        long total = origins.values().stream().mapToLong(Long::longValue).sum();
        return new Overview(total, origins.getOrDefault(Origin.Kind.SYNTHETIC, 0L), origins, industries, segments, districts, parks);
    }

}
