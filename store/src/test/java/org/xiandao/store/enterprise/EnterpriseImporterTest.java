package org.xiandao.store.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.core.enterprise.Origin;
import org.xiandao.store.tabular.BadInputException;
import org.xiandao.store.tabular.Problem;
import org.xiandao.store.testing.Fixtures;
import org.xiandao.store.testing.TestStores;
import org.xiandao.store.testing.TestStores.Backend;
import org.xiandao.store.testing.TestStores.TestStore;

class EnterpriseImporterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String HEADER = Fixtures.IMPORT_HEADER;

    @TempDir
    Path temp;
    private TestStore t;

    @BeforeEach
    void open() {
        t = TestStores.duckDb(temp);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private EnterpriseImporter importer() {
        return new EnterpriseImporter(t.store(), TODAY);
    }

    private static String row(Enterprise e) {
        return Fixtures.importRow(e);
    }

    private Path csv(String name, String... lines) throws IOException {
        Path p = temp.resolve(name);
        Files.writeString(p, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void importsEveryFieldAndRecordsTheFileAndRow() throws IOException {
        Enterprise a = Fixtures.designFirm(1);
        Enterprise b = Fixtures.designFirm(2);
        Path file = csv("firms.csv", HEADER, row(a), row(b));
        EnterpriseImporter.Result result = importer().importFile(file, false, null);
        assertThat(result.imported()).isEqualTo(2);
        Enterprise stored = t.store().enterprises().find(b.code().value()).orElseThrow();
        assertThat(stored.origin()).isEqualTo(Origin.imported("firms.csv", 3));
        assertThat(stored.financials()).isEqualTo(b.financials());
        assertThat(stored.segments()).isEqualTo(b.segments());
        assertThat(stored.parkCode()).isEqualTo("ZJ");
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws IOException {
        Path file = csv("firms.csv", HEADER, row(Fixtures.designFirm(1)), row(Fixtures.designFirm(2)));
        importer().importFile(file, false, null);
        Enterprise before = t.store().enterprises().find(Fixtures.designFirm(1).code().value()).orElseThrow();
        importer().importFile(file, false, null);
        assertThat(t.store().enterprises().count()).isEqualTo(2);
        assertThat(t.store().enterprises().find(before.code().value())).contains(before);
    }

    @Test
    void acceptsChineseAmountsAndDistrictNames() throws IOException {
        Enterprise a = Fixtures.designFirm(4);
        String line = row(a).replace(",PUDONG,", ",浦东新区,").replace("," + a.financials().revenue() + ",", ",2000.0004万,");
        importer().importFile(csv("zh.csv", HEADER, line), false, null);
        assertThat(t.store().enterprises().find(a.code().value()).orElseThrow().financials().revenue()).isEqualTo(20_000_004L);
    }

    @Test
    void oneBadRowRejectsTheWholeFileAndNamesRowColumnAndReason() throws IOException {
        t.store().enterprises().upsert(List.of(Fixtures.designFirm(99)));
        String badCode = row(Fixtures.designFirm(2)).replaceFirst("^(.{17}).", "$1Z");
        Path file = csv("mixed.csv", HEADER, row(Fixtures.designFirm(1)), badCode,
                row(Fixtures.designFirm(3)).replace("2019-05-01", "2019-13-01"));
        assertThatThrownBy(() -> importer().importFile(file, false, null))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::row, Problem::column)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "credit_code"), org.assertj.core.groups.Tuple.tuple(4, "founded")));
        assertThat(t.store().enterprises().count()).isEqualTo(1);
    }

    @Test
    void reportsEveryKindOfBadCell() throws IOException {
        Enterprise a = Fixtures.designFirm(5);
        String[] cells = row(a).split(",", -1);
        cells[4] = "Atlantis";          // district
        cells[5] = "LG";                // park in another district than the row says... and district unknown
        cells[6] = "-3";                // staff
        cells[9] = "lots";              // revenue
        cells[17] = "SERIES_Z";         // stage
        cells[19] = "IC-2.1|IC-99";     // segments
        Path file = csv("bad.csv", HEADER, String.join(",", cells));
        assertThatThrownBy(() -> importer().importFile(file, false, null))
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::column)
                            .contains("district", "staff", "revenue", "funding_stage", "segments");
                    assertThat(e.problems()).allMatch(p -> p.row() == 2 && p.file().equals("bad.csv"));
                    assertThat(e.problems().toString()).contains("Atlantis").contains("IC-99").contains("nearest");
                });
    }

    @Test
    void duplicateCodesWithinTheFileAreRejected() throws IOException {
        Path file = csv("dup.csv", HEADER, row(Fixtures.designFirm(1)), row(Fixtures.designFirm(1)));
        assertThatThrownBy(() -> importer().importFile(file, false, null))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems().get(0).reason()).contains("already appears in row 2"));
        assertThat(t.store().enterprises().count()).isZero();
    }

    @Test
    void skipInvalidImportsTheGoodRowsAndWritesTheRejectsWithReasons() throws IOException {
        Path rejects = temp.resolve("rejects.csv");
        Path file = csv("mixed.csv", HEADER, row(Fixtures.designFirm(1)), row(Fixtures.designFirm(2)).replace("IC-2.1", "IC-2.9"));
        EnterpriseImporter.Result result = importer().importFile(file, true, rejects);
        assertThat(result.imported()).isEqualTo(1);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(t.store().enterprises().count()).isEqualTo(1);
        List<String> lines = Files.readAllLines(rejects);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("row,credit_code").endsWith(",errors");
        assertThat(lines.get(1)).startsWith("3,").contains("segments: 'IC-2.9' is not a segment code");
    }

    @Test
    void importsXlsx() throws IOException {
        Enterprise a = Fixtures.designFirm(6);
        Path file = temp.resolve("firms.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("enterprises");
            var header = sheet.createRow(0);
            for (int i = 0; i < EnterpriseLayout.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(EnterpriseLayout.COLUMNS.get(i));
            }
            String[] cells = row(a).replace("\"", "").split(",", -1);
            var r = sheet.createRow(1);
            for (int i = 0; i < cells.length; i++) {
                String column = EnterpriseLayout.COLUMNS.get(i);
                if (column.equals("staff") || column.equals("revenue")) {
                    r.createCell(i).setCellValue(Double.parseDouble(cells[i]));  // numeric cells, as Excel stores them
                } else if (column.equals("founded")) {
                    var cell = r.createCell(i);
                    cell.setCellValue(a.founded());
                    var style = wb.createCellStyle();
                    style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                    cell.setCellStyle(style);
                } else {
                    r.createCell(i).setCellValue(cells[i]);
                }
            }
            wb.write(out);
        }
        assertThat(importer().importFile(file, false, null).imported()).isEqualTo(1);
        Enterprise stored = t.store().enterprises().find(a.code().value()).orElseThrow();
        assertThat(stored.founded()).isEqualTo(a.founded());
        assertThat(stored.financials().revenue()).isEqualTo(a.financials().revenue());
        assertThat(stored.origin()).isEqualTo(Origin.imported("firms.xlsx", 2));
    }

    @Test
    void rejectsAFileInTheWrongEncoding() throws IOException {
        Path file = temp.resolve("gbk.csv");
        Files.write(file, (HEADER + "\n" + row(Fixtures.designFirm(1)) + "\n").getBytes(Charset.forName("GBK")));
        assertThatThrownBy(() -> importer().importFile(file, false, null)).hasMessageContaining("not UTF-8");
    }

    @Test
    void rejectsAMissingHeaderColumn() throws IOException {
        Path file = csv("nohdr.csv", HEADER.replace(",staff,", ","), row(Fixtures.designFirm(1)));
        assertThatThrownBy(() -> importer().importFile(file, false, null))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).anyMatch(p -> p.column().equals("staff")
                        && p.reason().contains("missing from the header")));
    }

    @Test
    void rejectsAFileWithoutAHeader() throws IOException {
        Path file = csv("data-only.csv", row(Fixtures.designFirm(1)), row(Fixtures.designFirm(2)));
        assertThatThrownBy(() -> importer().importFile(file, false, null)).hasMessageContaining("missing from the header");
    }

    @Test
    void rejectsExtraColumnsAndExtraCells() throws IOException {
        Path unknownColumn = csv("extra.csv", HEADER + ",favourite_colour", row(Fixtures.designFirm(1)) + ",blue");
        assertThatThrownBy(() -> importer().importFile(unknownColumn, false, null)).hasMessageContaining("favourite_colour")
                .hasMessageContaining("unknown column");
        Path extraCells = csv("cells.csv", HEADER, row(Fixtures.designFirm(1)) + ",surplus");
        assertThatThrownBy(() -> importer().importFile(extraCells, false, null)).hasMessageContaining("row 2")
                .hasMessageContaining("22 cells but the header has 21 columns");
        assertThat(t.store().enterprises().count()).isZero();
    }

    @Test
    void rejectsEmptyFilesAndHeaderOnlyFiles() throws IOException {
        Path empty = temp.resolve("empty.csv");
        Files.write(empty, new byte[0]);
        assertThatThrownBy(() -> importer().importFile(empty, false, null)).hasMessageContaining("empty");
        Path headerOnly = csv("header.csv", HEADER);
        assertThatThrownBy(() -> importer().importFile(headerOnly, false, null)).hasMessageContaining("no data rows");
        Path notXlsx = temp.resolve("fake.xlsx");
        Files.writeString(notXlsx, "this is not a workbook");
        assertThatThrownBy(() -> importer().importFile(notXlsx, false, null)).hasMessageContaining("not a readable XLSX");
        assertThatThrownBy(() -> importer().importFile(temp.resolve("nothing.csv"), false, null)).hasMessageContaining("no such file");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void allOrNothingOnEveryBackend(Backend backend) throws IOException {
        try (TestStore other = TestStores.open(backend, temp)) {
            List<String> lines = new ArrayList<>(List.of(HEADER));
            for (int i = 1; i <= 50; i++) {
                lines.add(row(Fixtures.designFirm(i)));
            }
            lines.add(row(Fixtures.designFirm(51)).replace("2019-05-01", "2099-01-01"));
            Path file = csv("big-" + backend + ".csv", lines.toArray(String[]::new));
            EnterpriseImporter imp = new EnterpriseImporter(other.store(), TODAY);
            assertThatThrownBy(() -> imp.importFile(file, false, null)).hasMessageContaining("row 52").hasMessageContaining("future");
            assertThat(other.store().enterprises().count()).isZero();
            assertThat(imp.importFile(file, true, null).imported()).isEqualTo(50);
            assertThat(other.store().enterprises().count()).isEqualTo(50);
        }
    }
}
