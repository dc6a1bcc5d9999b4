package org.xiandao.store.enterprise;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.store.Store;
import org.xiandao.store.tabular.BadInputException;
import org.xiandao.store.tabular.Problem;
import org.xiandao.store.tabular.Table;
import org.xiandao.store.tabular.TableReader;

/**
 * Imports enterprises from a CSV or XLSX file in the {@link EnterpriseLayout}. Every row and column is
 * checked before anything is written. By default one bad row rejects the whole file and the store is
 * left as it was; with {@code skipInvalid} the good rows are written and the bad ones go to a rejects
 * file with their reasons. Writes upsert by credit code, so importing a file twice changes nothing.
 */
public final class EnterpriseImporter {

    private final Store store;
    private final LocalDate today;

    public EnterpriseImporter(Store store, LocalDate today) {
        this.store = store;
        this.today = today;
    }

    /** What an import did. */
    public record Result(int imported, int rejected, List<Problem> problems) {
    }

    /**
     * @param rejects where to write the rejected rows when {@code skipInvalid}; may be null
     * @throws BadInputException when the file is unusable, or any row is bad and {@code skipInvalid} is off
     */
    public Result importFile(Path file, boolean skipInvalid, Path rejects) {
        Table table = TableReader.read(file);
        checkHeader(table);
        EnterpriseRowParser parser = new EnterpriseRowParser(table.file(), store.taxonomy(), store.parks(), today);
        List<EnterpriseRowParser.Parsed> parsed = table.rows().stream().map(parser::parse).toList();
        parsed = flagDuplicates(table.file(), parsed);
        List<Problem> problems = parsed.stream().flatMap(p -> p.problems().stream()).toList();
        if (table.rows().isEmpty()) {
            throw new BadInputException(Problem.ofFile(table.file(), "has a header but no data rows"));
        }
        if (!problems.isEmpty() && !skipInvalid) {
            throw new BadInputException(problems);
        }
        List<Enterprise> good = parsed.stream().filter(EnterpriseRowParser.Parsed::ok).map(EnterpriseRowParser.Parsed::enterprise).toList();
        List<EnterpriseRowParser.Parsed> bad = parsed.stream().filter(p -> !p.ok()).toList();
        if (rejects != null && !bad.isEmpty()) {
            writeRejects(rejects, table, bad);
        }
        store.enterprises().upsert(good);
        return new Result(good.size(), bad.size(), problems);
    }

    private static void checkHeader(Table table) {
        List<Problem> problems = new ArrayList<>();
        for (String column : EnterpriseLayout.COLUMNS) {
            if (!EnterpriseLayout.OPTIONAL.contains(column) && !table.header().contains(column)) {
                problems.add(new Problem(table.file(), 1, column, "required column is missing from the header"));
            }
        }
        if (!table.header().contains(EnterpriseLayout.NAME_ZH) && !table.header().contains(EnterpriseLayout.NAME_EN)) {
            problems.add(new Problem(table.file(), 1, EnterpriseLayout.NAME_ZH, "the header needs name_zh or name_en"));
        }
        for (String h : table.header()) {
            if (!EnterpriseLayout.COLUMNS.contains(h)) {
                problems.add(new Problem(table.file(), 1, h, "unknown column; the layout's columns are "
                        + String.join(", ", EnterpriseLayout.COLUMNS)));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
    }

    private static List<EnterpriseRowParser.Parsed> flagDuplicates(String file, List<EnterpriseRowParser.Parsed> parsed) {
        Map<String, Integer> firstRow = new HashMap<>();
        List<EnterpriseRowParser.Parsed> out = new ArrayList<>();
        for (EnterpriseRowParser.Parsed p : parsed) {
            if (p.ok()) {
                Integer first = firstRow.putIfAbsent(p.enterprise().code().value(), p.row().number());
                if (first != null) {
                    p = new EnterpriseRowParser.Parsed(p.row(), null, List.of(new Problem(file, p.row().number(),
                            EnterpriseLayout.CREDIT_CODE, "credit code " + p.enterprise().code() + " already appears in row " + first)));
                }
            }
            out.add(p);
        }
        return out;
    }

    private static void writeRejects(Path rejects, Table table, List<EnterpriseRowParser.Parsed> bad) {
        List<String> header = new ArrayList<>(table.header());
        header.add(0, "row");
        header.add("errors");
        try (Writer w = Files.newBufferedWriter(rejects, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (EnterpriseRowParser.Parsed p : bad) {
                List<String> cells = new ArrayList<>();
                cells.add(Integer.toString(p.row().number()));
                table.header().forEach(h -> cells.add(p.row().cells().getOrDefault(h, "")));
                cells.add(p.problems().stream().map(x -> (x.column().isEmpty() ? "" : x.column() + ": ") + x.reason())
                        .collect(Collectors.joining("; ")));
                out.printRecord(cells);
            }
        } catch (IOException e) {
            throw new BadInputException(Problem.ofFile(rejects.toString(), "cannot write the rejects file: " + e.getMessage()));
        }
    }
}
