package org.xiandao.web.chain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A recommendation as a workbook for a programme meeting: candidates with reasons and support, and funds with room. */
final class RecommendationWorkbook {

    private RecommendationWorkbook() {
    }

    static byte[] xlsx(Recommendations.Result r) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Candidates");
            Row h = s.createRow(0);
            String[] cols = {"Rank", "Credit code", "Name", "Synthetic", "Score", "Reasons", "Policies qualified for", "Support (yuan)"};
            for (int i = 0; i < cols.length; i++) {
                h.createCell(i).setCellValue(cols[i]);
            }
            int row = 1;
            for (Recommendations.Candidate c : r.candidates()) {
                Row x = s.createRow(row);
                x.createCell(0).setCellValue(row++);
                x.createCell(1).setCellValue(c.enterprise().code().value());
                x.createCell(2).setCellValue(c.enterprise().displayName(true) + " / " + c.enterprise().displayName(false));
                x.createCell(3).setCellValue(c.enterprise().origin().isSynthetic() ? "yes: generated, not a real company" : "no");
                x.createCell(4).setCellValue(c.score());
                x.createCell(5).setCellValue(String.join("; ", c.reasons()));
                x.createCell(6).setCellValue(String.join("; ", c.policies().stream().map(Recommendations.PolicySupport::title).toList()));
                x.createCell(7).setCellValue(c.supportCost());
            }
            Sheet f = wb.createSheet("Funds with room");
            Row fh = f.createRow(0);
            fh.createCell(0).setCellValue("Fund");
            fh.createCell(1).setCellValue("Unfunded (yuan)");
            fh.createCell(2).setCellValue("Investment period ends");
            row = 1;
            for (Recommendations.FundRoom room : r.funds()) {
                Row x = f.createRow(row++);
                x.createCell(0).setCellValue(room.fundId() + " " + room.name());
                x.createCell(1).setCellValue(room.unfunded().doubleValue());
                x.createCell(2).setCellValue(room.investmentPeriodEnd().toString());
            }
            Sheet a = wb.createSheet("About");
            a.createRow(0).createCell(0).setCellValue("Segment " + r.segment().code() + " " + r.segment().nameZh() + " / " + r.segment().nameEn()
                    + ", as of " + r.date() + ". Candidates: early, small and hard-tech by the shipped early_small_hardtech policy,"
                    + " not held by any fund of the family.");
            wb.write(out);
            return out.toByteArray();
        }
    }
}
