package org.xiandao.web.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xiandao.store.document.StoredFact;

/** A document's text as HTML with each fact's evidence marked in place and linked to its row. */
final class Highlighter {

    private Highlighter() {}

    static String html(String text, List<StoredFact> facts) {
        List<StoredFact> marks = new ArrayList<>(facts.stream().filter(f -> f.spanStart() != null).toList());
        marks.sort(Comparator.comparingInt(StoredFact::spanStart).thenComparing(f -> -f.spanEnd()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (StoredFact f : marks) {
            if (f.spanStart() < at || f.spanEnd() > text.length()) {
                continue; // overlapping evidence stays in the table; the text marks the first
            }
            out.append(escape(text.substring(at, f.spanStart())));
            out.append("<mark class=\"fact fact-").append(f.type().toLowerCase()).append("\" id=\"f-").append(f.seq())
                    .append("\" title=\"").append(escape(f.type().toLowerCase() + ": " + f.subject() + " · " + f.predicate()
                            + (f.object() == null ? "" : " · " + f.object()))).append("\">")
                    .append(escape(text.substring(f.spanStart(), f.spanEnd()))).append("</mark>");
            at = f.spanEnd();
        }
        out.append(escape(text.substring(at)));
        return out.toString().replace("\n\n", "</p><p>").replace("\n", "<br>");
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
