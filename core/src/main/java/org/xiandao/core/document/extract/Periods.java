package org.xiandao.core.document.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods written relative to the publication date ("last year", "yesterday", 去年, 明年) or absolutely
 * ("in 2023", "by 2025", "first half of 2024", 2025年), resolved to ISO text: 2023, 2024-H1, 2024-Q3,
 * 2024-01-23. {@code target} is true where the wording sets a deadline ("by 2025", 到2025年).
 */
final class Periods {

    record Period(String value, int start, int end, boolean deadline) {}

    private static final Pattern EN = Pattern.compile(
            "\\b(?:(by|in|for|during|of|through)\\s+)?(?:the\\s+)?(?:end\\s+of\\s+)?(?:"
                    + "(last|this|next|the previous|the coming)\\s+(year|month|quarter)"
                    + "|(yesterday|today|tomorrow|on monday|on tuesday|on wednesday|on thursday|on friday|on saturday|on sunday)"
                    + "|(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(half|quarter)(?:\\s+of\\s+(?:(\\d{4})|(last|this|next)\\s+year))?"
                    + "|((?:19|20)\\d{2})(?:-(\\d{2,4}))?(?!\\s*(?:percent|%|yuan|billion|million))"
                    + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ZH = Pattern.compile(
            "(到|至|截至)?(?:(去年|今年|明年|前年|后年|上半年|下半年|昨天|昨日|今天|今日)|((?:19|20)\\d{2})\\s*年(?:(上半年|下半年|一季度|二季度|三季度|四季度|第一季度|第二季度|第三季度|第四季度))?)(底|末)?");

    private Periods() {}

    /** The first period written in text[from, to), or null. */
    static Period english(String text, int from, int to, LocalDate published) {
        Matcher m = EN.matcher(text).region(from, to);
        while (m.find()) {
            String prep = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            int year = published.getYear();
            String value;
            if (m.group(2) != null) {
                String rel = m.group(2).toLowerCase(Locale.ROOT);
                int shift = rel.equals("next") || rel.equals("the coming") ? 1 : rel.equals("this") ? 0 : -1;
                value = switch (m.group(3).toLowerCase(Locale.ROOT)) {
                    case "month" -> published.plusMonths(shift).toString().substring(0, 7);
                    case "quarter" -> quarter(published.plusMonths(3L * shift));
                    default -> String.valueOf(year + shift);
                };
            } else if (m.group(4) != null) {
                String d = m.group(4).toLowerCase(Locale.ROOT);
                if (d.startsWith("on ")) {
                    // News says "on Tuesday" for the latest Tuesday up to the publication date.
                    java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(d.substring(3).toUpperCase(Locale.ROOT));
                    value = published.with(java.time.temporal.TemporalAdjusters.previousOrSame(day)).toString();
                } else {
                    value = (d.equals("yesterday") ? published.minusDays(1) : d.equals("tomorrow") ? published.plusDays(1) : published).toString();
                }
            } else if (m.group(5) != null) {
                int y = m.group(7) != null ? Integer.parseInt(m.group(7))
                        : m.group(8) != null ? year + ("next".equalsIgnoreCase(m.group(8)) ? 1 : "last".equalsIgnoreCase(m.group(8)) ? -1 : 0)
                        : year;
                int n = "first1st".contains(m.group(5).toLowerCase(Locale.ROOT)) ? 1
                        : "second2nd".contains(m.group(5).toLowerCase(Locale.ROOT)) ? 2
                        : "third3rd".contains(m.group(5).toLowerCase(Locale.ROOT)) ? 3 : 4;
                value = y + (m.group(6).equalsIgnoreCase("half") ? "-H" : "-Q") + n;
            } else {
                int y = Integer.parseInt(m.group(9));
                if (m.group(10) != null) {
                    String end = m.group(10);
                    value = y + "/" + (end.length() == 2 ? String.valueOf(y).substring(0, 2) + end : end);
                } else {
                    value = String.valueOf(y);
                }
            }
            return new Period(value, m.start(), m.end(), prep.equals("by"));
        }
        return null;
    }

    static Period chinese(String text, int from, int to, LocalDate published) {
        Matcher m = ZH.matcher(text).region(from, to);
        if (!m.find()) {
            return null;
        }
        int year = published.getYear();
        String value;
        if (m.group(2) != null) {
            value = switch (m.group(2)) {
                case "去年" -> String.valueOf(year - 1);
                case "今年" -> String.valueOf(year);
                case "明年" -> String.valueOf(year + 1);
                case "前年" -> String.valueOf(year - 2);
                case "后年" -> String.valueOf(year + 2);
                case "上半年" -> year + "-H1";
                case "下半年" -> year + "-H2";
                case "昨天", "昨日" -> published.minusDays(1).toString();
                default -> published.toString();
            };
        } else {
            value = m.group(3);
            if (m.group(4) != null) {
                String part = m.group(4);
                value += part.startsWith("上") ? "-H1" : part.startsWith("下") ? "-H2"
                        : "-Q" + ("一二三四".indexOf(part.charAt(part.length() - 3)) + 1);
            }
        }
        return new Period(value, m.start(), m.end(), m.group(1) != null && !m.group(1).equals("截至"));
    }

    private static final Pattern ZH_DAY = Pattern.compile("(?<![\\d月])(\\d{1,2})日");

    /** "14日" in a report published on the 15th: the 14th of that month (or of the month before, if later). */
    static String chineseDay(String text, int from, int to, LocalDate published) {
        Matcher m = ZH_DAY.matcher(text).region(from, to);
        if (!m.find()) {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        LocalDate month = day <= published.getDayOfMonth() ? published : published.minusMonths(1);
        if (day > month.lengthOfMonth()) {
            return null;
        }
        return month.withDayOfMonth(day).toString();
    }

    private static String quarter(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }
}
