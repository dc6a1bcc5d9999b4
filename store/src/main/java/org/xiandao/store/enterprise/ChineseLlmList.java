package org.xiandao.store.enterprise;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.xiandao.store.tabular.BadInputException;
import org.xiandao.store.tabular.Problem;

/**
 * Converts the Markdown table of the awesome-LLMs-In-China list ({@code |序号|公司|大模型|省市|类别|官网|说明|})
 * into organisations awaiting identification: the rows of one city, one entry per organisation however
 * many models it has, general-purpose models under segment AI-4.1 and vertical ones under AI-4.2. The
 * list gives no credit codes, so nothing enters the enterprise pool from it directly.
 */
public final class ChineseLlmList {

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final List<String> HEADER = List.of("序号", "公司", "大模型", "省市", "类别", "官网", "说明");

    private ChineseLlmList() {
    }

    /** The organisations listed in {@code city} (matched at the start of the 省市 cell, e.g. 上海). */
    public static List<UnidentifiedEnterprise> read(Path file, String city) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(Problem.ofFile(file.toString(), "cannot be read as UTF-8 text: " + e.getMessage()));
        }
        String name = file.getFileName().toString();
        int headerLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (cells(lines.get(i)).equals(HEADER)) {
                headerLine = i;
                break;
            }
        }
        if (headerLine < 0) {
            throw new BadInputException(Problem.ofFile(name, "has no table with the header |" + String.join("|", HEADER) + "|"));
        }
        Map<String, Entry> byName = new LinkedHashMap<>();
        for (int i = headerLine + 2; i < lines.size() && lines.get(i).strip().startsWith("|"); i++) {
            List<String> c = cells(lines.get(i));
            if (c.size() < 5) {
                continue;
            }
            String org = c.get(1).replace(" ", "");
            String place = c.get(3).replace(" ", "");
            if (org.isEmpty() || !place.startsWith(city)) {
                continue;
            }
            int line = i + 1;
            Entry e = byName.computeIfAbsent(org, k -> new Entry(org, place, line));
            e.models.add(c.get(2));
            e.categories.add(c.get(4));
        }
        List<UnidentifiedEnterprise> out = new ArrayList<>();
        for (Entry e : byName.values()) {
            List<String> segments = new ArrayList<>();
            if (e.categories.contains("通用")) {
                segments.add("AI-4.1");
            }
            if (e.categories.stream().anyMatch(c -> !c.equals("通用"))) {
                segments.add("AI-4.2");
            }
            String note = "large models: " + String.join("、", e.models) + "; categories: " + String.join("、", e.categories);
            out.add(new UnidentifiedEnterprise(e.name, e.place, segments, note, name, e.firstLine));
        }
        return out;
    }

    private static final class Entry {
        final String name;
        final String place;
        final int firstLine;
        final Set<String> models = new LinkedHashSet<>();
        final Set<String> categories = new LinkedHashSet<>();

        Entry(String name, String place, int firstLine) {
            this.name = name;
            this.place = place;
            this.firstLine = firstLine;
        }
    }

    private static List<String> cells(String line) {
        String t = line.strip();
        if (!t.startsWith("|")) {
            return List.of();
        }
        t = t.substring(1, t.endsWith("|") ? t.length() - 1 : t.length());
        List<String> out = new ArrayList<>();
        for (String cell : t.split("\\|", -1)) {
            out.add(LINK.matcher(cell).replaceAll("$1").strip());
        }
        return out;
    }
}
