package org.xiandao.store.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads CSV (UTF-8, with or without a byte-order mark) and XLSX (first sheet) into a {@link Table},
 * rejecting files that are empty, not in the encoding they claim, or without a usable header.
 */
public final class TableReader {

    private TableReader() {
    }

    public static Table read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(Problem.ofFile(file.toString(), "no such file"));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".xlsx")) {
                return xlsx(file, name);
            }
            if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                return csv(Files.readAllBytes(file), name);
            }
        } catch (IOException e) {
            throw new BadInputException(Problem.ofFile(name, "cannot be read: " + e.getMessage()));
        }
        throw new BadInputException(Problem.ofFile(name, "unknown file type; use .csv (UTF-8) or .xlsx"));
    }

    static Table csv(byte[] bytes, String name) throws IOException {
        if (bytes.length == 0) {
            throw new BadInputException(Problem.ofFile(name, "the file is empty"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(Problem.ofFile(name,
                    "is not UTF-8 text (was it saved as GBK or as Excel's \"CSV\"? save it as \"CSV UTF-8\")"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BadInputException(Problem.ofFile(name, "the file is empty"));
        }
        List<List<String>> records = new ArrayList<>();
        try (Reader r = new StringReader(text)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
                records.add(rec.toList());
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new BadInputException(Problem.ofFile(name, "is not well-formed CSV: " + e.getMessage()));
        }
        return table(name, records);
    }

    private static Table xlsx(Path file, String name) {
        List<List<String>> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            if (wb.getNumberOfSheets() == 0) {
                throw new BadInputException(Problem.ofFile(name, "the workbook has no sheets"));
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c), format));
                    }
                }
                records.add(cells);
            }
        } catch (org.apache.poi.EmptyFileException e) {
            throw new BadInputException(Problem.ofFile(name, "the file is empty"));
        } catch (IllegalArgumentException | IOException e) {
            // POI reports a file that is not a workbook as an IllegalArgumentException subclass or as an IOException.
            throw new BadInputException(Problem.ofFile(name, "is not a readable XLSX workbook"));
        }
        return table(name, records);
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            // Whole numbers without Excel's display formatting (no "1.2E+07", no thousands separators).
            double d = cell.getNumericCellValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return java.math.BigDecimal.valueOf(d).toPlainString();
        }
        return format.formatCellValue(cell);
    }

    private static Table table(String name, List<List<String>> records) {
        // Trailing blank rows are common in spreadsheets and mean nothing.
        while (!records.isEmpty() && records.get(records.size() - 1).stream().allMatch(String::isBlank)) {
            records.remove(records.size() - 1);
        }
        if (records.isEmpty()) {
            throw new BadInputException(Problem.ofFile(name, "the file is empty"));
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (header.stream().allMatch(String::isBlank)) {
            throw new BadInputException(Problem.ofFile(name, "the first row must be the header of column names, and it is blank"));
        }
        Set<String> seen = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (String h : header) {
            if (h.isBlank()) {
                problems.add(new Problem(name, 1, "", "a header cell is blank"));
            } else if (!seen.add(h)) {
                problems.add(new Problem(name, 1, h, "the column appears twice in the header"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> raw = records.get(i);
            if (raw.stream().allMatch(String::isBlank)) {
                continue;
            }
            String shape = raw.size() > header.size() && raw.subList(header.size(), raw.size()).stream().anyMatch(s -> !s.isBlank())
                    ? "has " + raw.size() + " cells but the header has " + header.size() + " columns" : null;
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), c < raw.size() ? raw.get(c) : "");
            }
            rows.add(new Table.Row(i + 1, cells, raw, shape));
        }
        return new Table(name, header, rows);
    }
}
