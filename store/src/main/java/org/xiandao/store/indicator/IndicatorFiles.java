package org.xiandao.store.indicator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.xiandao.core.indicator.IndicatorPoint;
import org.xiandao.store.tabular.BadInputException;
import org.xiandao.store.tabular.Problem;

/**
 * Reads indicator files in two layouts: the World Bank WDI bulk CSV (four preamble lines, then Country Name,
 * Country Code, Indicator Name, Indicator Code and one column per year) and Xiandao's own sourced layout
 * (region, metric, period, kind, value, unit, source, source_url, note). Every bad cell is reported; nothing
 * is returned unless the whole file reads.
 */
public final class IndicatorFiles {

    private static final Set<String> KINDS = Set.of("actual", "target", "expected", "forecast");
    /** WDI codes whose series Xiandao also keeps under its own metric name, so sources line up. */
    private static final java.util.Map<String, String> METRICS = java.util.Map.of("GB.XPD.RSDV.GD.ZS", "R&D expenditure / GDP");

    private IndicatorFiles() {}

    public static List<IndicatorPoint> read(Path file) throws IOException {
        return read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** @param name the file name, for messages */
    public static List<IndicatorPoint> read(String name, String content) throws IOException {
        String text = content.replace("\uFEFF", "");
        if (text.startsWith("\"Data Source\"")) {
            return wdi(name, text);
        }
        return sourced(name, text);
    }

    private static List<IndicatorPoint> wdi(String file, String text) throws IOException {
        List<String> lines = text.lines().toList();
        String updated = lines.stream().filter(l -> l.startsWith("\"Last Updated Date\"")).findFirst()
                .map(l -> l.replaceAll("[^0-9-]", "")).orElse("");
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("\"Country Name\"")) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw new BadInputException(List.of(new Problem(file, 1, "Country Name", "the WDI header row (\"Country Name\",\"Country Code\",…) is missing")));
        }
        List<Problem> problems = new ArrayList<>();
        List<IndicatorPoint> out = new ArrayList<>();
        try (Reader r = new java.io.StringReader(String.join("\n", lines.subList(header, lines.size())))) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                    .build().parse(r).getRecords();
            List<String> columns = records.isEmpty() ? List.of() : records.get(0).getParser().getHeaderNames();
            for (CSVRecord rec : records) {
                int row = header + 1 + (int) rec.getRecordNumber();
                String country = rec.get("Country Name");
                String code = rec.get("Indicator Code");
                String metric = METRICS.getOrDefault(code, rec.get("Indicator Name"));
                String unit = rec.get("Indicator Name").contains("(%") ? "%" : "value";
                for (String c : columns) {
                    if (!c.matches("\\d{4}") || !rec.isSet(c) || rec.get(c).isBlank()) {
                        continue;
                    }
                    try {
                        out.add(new IndicatorPoint(country, metric, c, "actual", Double.parseDouble(rec.get(c)), unit,
                                "World Bank WDI " + code + (updated.isEmpty() ? "" : " (updated " + updated + ")"),
                                "https://data.worldbank.org/indicator/" + code, null, null, rec.get("Country Code")));
                    } catch (NumberFormatException e) {
                        problems.add(new Problem(file, row, c, "'" + rec.get(c) + "' is not a number"));
                    }
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(List.of(new Problem(file, header + 1, "Country Name", "not the WDI layout: " + e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        return out;
    }

    private static List<IndicatorPoint> sourced(String file, String text) throws IOException {
        List<Problem> problems = new ArrayList<>();
        List<IndicatorPoint> out = new ArrayList<>();
        List<String> required = List.of("region", "metric", "period", "kind", "value", "unit", "source");
        try (Reader r = new java.io.StringReader(text)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').build().parse(r);
            for (String col : required) {
                if (!parser.getHeaderNames().contains(col)) {
                    throw new BadInputException(List.of(new Problem(file, 1, col, "the column is missing; the layout is "
                            + "region,metric,period,kind,value,unit,source,source_url,note — or the World Bank WDI bulk CSV")));
                }
            }
            for (CSVRecord rec : parser) {
                int row = (int) rec.getRecordNumber() + 1;
                String kind = rec.get("kind").strip();
                if (!KINDS.contains(kind)) {
                    problems.add(new Problem(file, row, "kind", "'" + kind + "' is not one of " + KINDS));
                }
                if (!rec.get("period").strip().matches("\\d{4}(-(H[12]|Q[1-4]|\\d{2}(-\\d{2})?))?")) {
                    problems.add(new Problem(file, row, "period", "'" + rec.get("period") + "' is not a year, half (2024-H1), quarter (2024-Q3) or date"));
                }
                for (String col : List.of("region", "metric", "unit", "source")) {
                    if (rec.get(col).isBlank()) {
                        problems.add(new Problem(file, row, col, "is empty"));
                    }
                }
                double value = Double.NaN;
                try {
                    value = Double.parseDouble(rec.get("value").strip());
                } catch (NumberFormatException e) {
                    problems.add(new Problem(file, row, "value", "'" + rec.get("value") + "' is not a number"));
                }
                if (problems.isEmpty()) {
                    out.add(new IndicatorPoint(rec.get("region").strip(), rec.get("metric").strip(), rec.get("period").strip(), kind, value,
                            rec.get("unit").strip(), rec.get("source").strip(),
                            rec.isMapped("source_url") && !rec.get("source_url").isBlank() ? rec.get("source_url").strip() : null,
                            null, null, rec.isMapped("note") && !rec.get("note").isBlank() ? rec.get("note").strip() : null));
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new BadInputException(List.of(new Problem(file, 1, "", "not a readable CSV: " + e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        if (out.isEmpty()) {
            throw new BadInputException(List.of(new Problem(file, 1, "", "the file has no indicator rows")));
        }
        return out;
    }
}
