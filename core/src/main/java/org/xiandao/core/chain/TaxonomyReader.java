package org.xiandao.core.chain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a taxonomy from two CSV files: segments ({@code code,parents,industry,position,name_zh,name_en,
 * sei_2018,gbt_4754}, parents separated by {@code |}) and supply edges ({@code from,to}).
 */
public final class TaxonomyReader {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    private static Taxonomy shipped;

    private TaxonomyReader() {
    }

    /** The taxonomy shipped with Xiandao ({@code segments.csv} and {@code supply.csv} in this package). */
    public static synchronized Taxonomy shipped() {
        if (shipped == null) {
            try (InputStream s = resource("segments.csv"); InputStream e = resource("supply.csv")) {
                shipped = read(new InputStreamReader(s, StandardCharsets.UTF_8), new InputStreamReader(e, StandardCharsets.UTF_8));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return shipped;
    }

    private static InputStream resource(String name) {
        InputStream in = TaxonomyReader.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("taxonomy file " + name + " is missing from the classpath");
        }
        return in;
    }

    public static Taxonomy read(Reader segmentsCsv, Reader supplyCsv) throws IOException {
        List<Segment> segments = new ArrayList<>();
        List<ChainEdge> edges = new ArrayList<>();
        for (CSVRecord row : FORMAT.parse(segmentsCsv)) {
            String where = "segments line " + (row.getRecordNumber() + 1);
            String code = row.get("code").strip();
            Industry industry = Industry.find(row.get("industry"))
                    .orElseThrow(() -> new TaxonomyException(where + ": unknown industry " + row.get("industry")));
            ChainPosition position;
            try {
                position = ChainPosition.valueOf(row.get("position").strip());
            } catch (IllegalArgumentException e) {
                throw new TaxonomyException(where + ": unknown position " + row.get("position"));
            }
            segments.add(new Segment(code, industry, position, row.get("name_zh").strip(), row.get("name_en").strip(),
                    row.get("sei_2018").strip(), row.get("gbt_4754").strip()));
            for (String parent : row.get("parents").split("\\|")) {
                if (!parent.isBlank()) {
                    edges.add(new ChainEdge(code, parent.strip(), EdgeKind.IS_TYPE_OF));
                }
            }
        }
        for (CSVRecord row : FORMAT.parse(supplyCsv)) {
            edges.add(new ChainEdge(row.get("from").strip(), row.get("to").strip(), EdgeKind.GOES_INTO));
        }
        return new Taxonomy(segments, edges);
    }
}
