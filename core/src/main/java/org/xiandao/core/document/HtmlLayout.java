package org.xiandao.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** HTML pages: the usual meta tags (Open Graph, article:*, name=author/keywords/date), the article text. */
final class HtmlLayout {

    private HtmlLayout() {}

    static SourceDocument read(String fileName, TextDecoding.Decoded decoded) throws DocumentRejectedException {
        Document html = Jsoup.parse(decoded.text());
        Element root = html.selectFirst("article");
        if (root == null) {
            root = html.body();
        }
        root.select("script, style, nav, header, footer, aside, noscript").remove();
        List<String> paragraphs = new ArrayList<>();
        for (Element e : root.select("p, h2, h3, h4, li, blockquote")) {
            if (e.parents().stream().noneMatch(p -> p.nameIs("p") || p.nameIs("li") || p.nameIs("blockquote"))) {
                String t = e.text().strip();
                if (!t.isEmpty()) {
                    paragraphs.add(t);
                }
            }
        }
        if (paragraphs.isEmpty() && !root.text().isBlank()) {
            paragraphs.add(root.text().strip());
        }
        if (paragraphs.isEmpty()) {
            throw new DocumentRejectedException("the HTML has no body text");
        }
        String text = String.join("\n\n", paragraphs);
        String title = first(meta(html, "og:title"), html.title(), textOf(html.selectFirst("h1")), fileName);
        String author = first(meta(html, "author"), meta(html, "article:author"));
        String source = first(meta(html, "og:site_name"), meta(html, "source"));
        String dateText = first(meta(html, "article:published_time"), meta(html, "og:published_time"),
                meta(html, "date"), meta(html, "pubdate"), meta(html, "publishdate"),
                html.selectFirst("time[datetime]") == null ? null : html.selectFirst("time[datetime]").attr("datetime"));
        LocalDate published = PublicationDates.find(dateText)
                .or(() -> PublicationDates.find(textOf(html.selectFirst("time"))))
                .orElseThrow(() -> new DocumentRejectedException("no publication date found (looked for"
                        + " article:published_time, date and pubdate meta tags and a <time> element)"));
        String keywords = meta(html, "keywords");
        return new SourceDocument(DocumentIds.of(text), fileName, title, author, meta(html, "editor"), source,
                published, keywords == null ? List.of() : PlainTextLayout.splitKeywords(keywords),
                DocumentReader.languageOf(text), meta(html, "og:url"), meta(html, "invented") != null,
                decoded.encoding(), text);
    }

    private static String meta(Document html, String name) {
        Element e = html.selectFirst("meta[name=" + name + "], meta[property=" + name + "]");
        if (e == null) {
            return null;
        }
        String v = e.attr("content").strip();
        return v.isEmpty() ? null : v;
    }

    private static String textOf(Element e) {
        return e == null || e.text().isBlank() ? null : e.text().strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
