package org.xiandao.core.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text, with or without a header. Understands the Yicai layout of the seed report (title line,
 * author line, {@code DATE:}, {@code / SOURCE:}, the title repeated, body, {@code Editor:},
 * {@code Keywords:}) and the same keys in Chinese (日期, 来源, 作者, 编辑, 关键词).
 */
final class PlainTextLayout {

    private static final Pattern KEY = Pattern.compile(
            "^[/\\s]*(date|published|source|author|by|editor|keywords|url|invented|日期|发布时间|来源|作者|记者|编辑|责任编辑|关键词|虚构)\\s*[:：]\\s*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY)\\s+([A-Z][\\p{L}.'-]+(?:\\s+[A-Z][\\p{L}.'-]+){0,3})$");
    private static final Pattern PERSON_LINE = Pattern.compile("^[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+){1,3}$");
    private static final Pattern BOILERPLATE = Pattern.compile("^(Follow .* on|Share this|Copyright .*|All rights reserved.*)$", Pattern.CASE_INSENSITIVE);

    private PlainTextLayout() {}

    static SourceDocument read(String fileName, TextDecoding.Decoded decoded) throws DocumentRejectedException {
        List<String> lines = Arrays.asList(decoded.text().replace('\u00A0', ' ').replace('\u3000', ' ').replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        String title = null;
        String author = null;
        String editor = null;
        String source = null;
        String url = null;
        String dateText = null;
        boolean invented = false;
        List<String> keywords = new ArrayList<>();
        List<String> body = new ArrayList<>();
        boolean sawKey = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            Matcher key = KEY.matcher(line);
            if (key.matches()) {
                sawKey = true;
                String k = key.group(1).toLowerCase(Locale.ROOT);
                String v = key.group(2).strip();
                switch (k) {
                    case "date", "published", "日期", "发布时间" -> dateText = v;
                    case "source", "来源" -> source = v;
                    case "author", "by", "作者", "记者" -> author = v;
                    case "editor", "编辑", "责任编辑" -> editor = v;
                    case "url" -> url = v;
                    case "invented", "虚构" -> invented = true;
                    default -> keywords.addAll(splitKeywords(v));
                }
                continue;
            }
            if (line.isEmpty() || BOILERPLATE.matcher(line).matches()) {
                body.add("");
                continue;
            }
            if (title == null) {
                title = line;
                continue;
            }
            Matcher by = BYLINE.matcher(line);
            if (author == null && body.stream().allMatch(String::isEmpty) && (by.matches() || (!sawKey && PERSON_LINE.matcher(line).matches() && nextIsKey(lines, i)))) {
                author = by.matches() ? by.group(1) : line;
                continue;
            }
            if (line.startsWith(title) && body.stream().allMatch(String::isEmpty)) {
                continue; // the Yicai layout repeats the title before the body
            }
            body.add(line);
        }
        String text = String.join("\n", body).strip().replaceAll("\n{3,}", "\n\n");
        if (text.isEmpty()) {
            throw new DocumentRejectedException("the document has a header but no body text");
        }
        LocalDate published = PublicationDates.find(dateText)
                .or(() -> PublicationDates.find(firstLines(decoded.text(), 8)))
                .orElseThrow(() -> new DocumentRejectedException(
                        "no publication date found (looked for a 'DATE:' line and a date near the top);"
                                + " add a line such as 'DATE: 2024-01-24'"));
        return new SourceDocument(DocumentIds.of(text), fileName, title == null ? fileName : title, author, editor,
                source, published, keywords, DocumentReader.languageOf(text), url, invented, decoded.encoding(), text);
    }

    private static boolean nextIsKey(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isBlank()) {
                return KEY.matcher(lines.get(j).strip()).matches();
            }
        }
        return false;
    }

    private static String firstLines(String text, int n) {
        String[] lines = text.split("\n", n + 1);
        return String.join("\n", Arrays.asList(lines).subList(0, Math.min(n, lines.length)));
    }

    static List<String> splitKeywords(String value) {
        List<String> out = new ArrayList<>();
        for (String k : value.split("[,，;；、]")) {
            if (!k.isBlank()) {
                out.add(k.strip());
            }
        }
        return out;
    }
}
