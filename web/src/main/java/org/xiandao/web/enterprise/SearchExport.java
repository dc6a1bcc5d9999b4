package org.xiandao.web.enterprise;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xiandao.core.enterprise.Enterprise;
import org.xiandao.store.enterprise.EnterpriseLayout;

/**
 * Search results as an Excel workbook in the import layout, so an analyst's edited sheet can go
 * straight back in, plus the origin of every row.
 */
final class SearchExport {

    static final int MAX_ROWS = 10_000;

    private SearchExport() {
    }

    static byte[] xlsx(List<Enterprise> enterprises, String note) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("enterprises");
            Row header = sheet.createRow(0);
            List<String> columns = new java.util.ArrayList<>(EnterpriseLayout.COLUMNS);
            columns.add("origin");
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
            }
            int r = 1;
            for (Enterprise e : enterprises) {
                Row row = sheet.createRow(r++);
                var f = e.financials();
                Object[] v = {e.code().value(), e.nameZh(), e.nameEn(), e.founded().toString(), e.district().name(),
                    e.parkCode(), e.headcount().staff(), e.headcount().technical(), e.headcount().research(), f.revenue(),
                    f.totalAssets(), f.rdExpense(0), f.rdExpense(1), f.rdExpense(2), f.highTechRevenue(), e.ip().classOne(),
                    e.ip().classTwo(), e.stage().name(), f.equityRaised(), String.join("|", e.segments()), e.description(),
                    e.origin().describe()};
                for (int i = 0; i < v.length; i++) {
                    if (v[i] instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v[i] != null) {
                        row.createCell(i).setCellValue(v[i].toString());
                    }
                }
            }
            Sheet about = wb.createSheet("about");
            about.createRow(0).createCell(0).setCellValue(note);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
