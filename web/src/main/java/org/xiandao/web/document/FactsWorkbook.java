package org.xiandao.web.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xiandao.store.document.StoredFact;

/** The facts table as a workbook: one row per fact with its evidence sentence and its document. */
final class FactsWorkbook {

    private static final String[] HEADER = {"Type", "Subject", "Predicate", "Object", "Period", "Kind", "Unit", "Organisation",
        "Said by", "Other attributes", "Evidence", "Sentence", "Document", "Published", "Invented sample", "Link"};

    private FactsWorkbook() {}

    static byte[] xlsx(List<StoredFact> facts, java.util.function.Function<String, String> bodies, String baseUrl) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Facts");
            Row h = s.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                h.createCell(i).setCellValue(HEADER[i]);
            }
            int r = 1;
            for (StoredFact f : facts) {
                Row row = s.createRow(r++);
                var a = new java.util.LinkedHashMap<>(f.attributes());
                String body = bodies.apply(f.documentId());
                String[] cells = {f.type().toLowerCase(), f.subject(), f.predicate(), f.object(), a.remove("period"), a.remove("kind"),
                    a.remove("unit"), a.remove("organisation"), a.remove("said_by"), a.isEmpty() ? null : a.toString(),
                    f.spanStart() == null ? null : body.substring(f.spanStart(), f.spanEnd()),
                    f.sentenceStart() == null ? null : body.substring(f.sentenceStart(), f.sentenceEnd()),
                    f.documentTitle(), f.published().toString(), f.invented() ? "yes" : "no",
                    baseUrl + "/documents/" + f.documentId() + (f.spanStart() == null ? "" : "#f-" + f.seq())};
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] != null) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            s.createFreezePane(0, 1);
            s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.length - 1));
            wb.write(out);
            return out.toByteArray();
        }
    }
}
