package org.xiandao.web.system;

/**
 * A labelled count, as charts and tables show it.
 *
 * @param code the code to filter by when the count is clicked (segment, district or park code)
 */
public record Count(String code, String nameZh, String nameEn, long count) {
    public String name(boolean zh) {
        return zh ? nameZh : nameEn;
    }
}
