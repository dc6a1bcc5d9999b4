package org.xiandao.core.park;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.xiandao.core.chain.Taxonomy;
import org.xiandao.core.enterprise.District;

/** The parks Xiandao knows, read from the {@code parks.csv} shipped with core. */
public final class Parks {

    private final Map<String, Park> byCode;

    public Parks(List<Park> parks) {
        Map<String, Park> map = new LinkedHashMap<>();
        parks.forEach(p -> map.put(p.code(), p));
        this.byCode = map;
    }

    /** The shipped park list, checked against the taxonomy's segment codes. */
    public static Parks shipped(Taxonomy taxonomy) {
        try (Reader r = new InputStreamReader(Parks.class.getResourceAsStream("parks.csv"), StandardCharsets.UTF_8)) {
            return read(r, taxonomy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Parks read(Reader reader, Taxonomy taxonomy) throws IOException {
        List<Park> parks = new ArrayList<>();
        for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            District district = District.find(row.get("district")).orElseThrow(() ->
                    new IllegalArgumentException("parks.csv line " + row.getRecordNumber() + ": unknown district " + row.get("district")));
            List<String> focus = Arrays.stream(row.get("focus").split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            focus.forEach(taxonomy::require);
            parks.add(new Park(row.get("code"), row.get("name_zh"), row.get("name_en"), district, focus));
        }
        return new Parks(parks);
    }

    public List<Park> all() {
        return List.copyOf(byCode.values());
    }

    /**
     * The parks hosting a segment: those with a focus segment that is the segment itself, one of its
     * ancestors or one of its descendants, in file order.
     */
    public List<Park> hosting(String segment, Taxonomy taxonomy) {
        java.util.Set<String> lineage = new java.util.HashSet<>(taxonomy.ancestors(segment));
        lineage.addAll(taxonomy.selfAndDescendants(segment));
        return all().stream().filter(p -> p.focusSegments().stream().anyMatch(lineage::contains)).toList();
    }

    public Optional<Park> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Park p = byCode.get(code.strip().toUpperCase(Locale.ROOT));
        if (p != null) {
            return Optional.of(p);
        }
        return byCode.values().stream().filter(x -> x.nameZh().equals(code.strip()) || x.nameEn().equalsIgnoreCase(code.strip())).findFirst();
    }
}
