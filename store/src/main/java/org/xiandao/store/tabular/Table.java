package org.xiandao.store.tabular;

import java.util.List;
import java.util.Map;

/**
 * A rectangular input: a header and data rows, whatever file format it came from.
 *
 * @param file   the file name, for messages
 * @param header column names in file order, trimmed
 */
public record Table(String file, List<String> header, List<Row> rows) {

    /**
     * A data row; {@code number} is its row number as a spreadsheet shows it (header = 1).
     * {@code shapeProblem} says what is wrong with the row as a whole (more cells than columns), or is null.
     */
    public record Row(int number, Map<String, String> cells, List<String> raw, String shapeProblem) {
        /** The trimmed cell of {@code column}, or an empty string when the cell is blank or absent. */
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }
    }
}
