package org.xiandao.store.tabular;

/**
 * One thing wrong with an input file, located precisely enough to fix it.
 *
 * @param file   the file name as given
 * @param row    the row as a spreadsheet numbers it (the header is row 1), or 0 for the whole file
 * @param column the column name, or empty when the problem is not in one column
 */
public record Problem(String file, int row, String column, String reason) {

    public static Problem ofFile(String file, String reason) {
        return new Problem(file, 0, "", reason);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (row > 0) {
            b.append(": row ").append(row);
        }
        if (!column.isEmpty()) {
            b.append(", column ").append(column);
        }
        return b.append(": ").append(reason).toString();
    }
}
