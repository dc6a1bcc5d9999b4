package org.xiandao.core.enterprise;

/**
 * Staff numbers at the end of the last year.
 *
 * @param staff     all employees
 * @param technical science and technology staff (科技人员)
 * @param research  R&amp;D staff
 */
public record Headcount(int staff, int technical, int research) {
    public Headcount {
        if (staff < 0 || technical < 0 || research < 0) {
            throw new IllegalArgumentException("staff counts cannot be negative");
        }
        if (technical > staff || research > staff) {
            throw new IllegalArgumentException("technical and R&D staff cannot exceed total staff");
        }
    }
}
