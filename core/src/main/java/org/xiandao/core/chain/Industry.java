package org.xiandao.core.chain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Shanghai's three leading industries (三大先导产业). */
public enum Industry {
    IC("集成电路", "Integrated circuits"),
    BIO("生物医药", "Biomedicine"),
    AI("人工智能", "Artificial intelligence");

    private final String nameZh;
    private final String nameEn;

    Industry(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() { return nameZh; }
    public String nameEn() { return nameEn; }

    /** The code of the industry's root segment in the taxonomy. */
    public String rootCode() {
        return name();
    }

    public static Optional<Industry> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.name().equals(key) || i.nameZh.equals(text.strip())
                || i.nameEn.toUpperCase(Locale.ROOT).equals(key)).findFirst();
    }
}
