package org.xiandao.web.system;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Interface texts in both languages, from {@code messages_zh.properties} and {@code messages_en.properties}. */
public final class Messages {

    private static final Map<Language, ResourceBundle> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            BUNDLES.put(l, ResourceBundle.getBundle("org.xiandao.web.system.messages", l.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }
    }

    private Messages() {
    }

    /** The text for {@code key}; a missing key shows itself in brackets rather than failing the page. */
    public static String get(Language language, String key, Object... args) {
        try {
            String text = BUNDLES.get(language).getString(key);
            return args.length == 0 ? text : String.format(language.locale(), text, args);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    public static java.util.Set<String> keys(Language language) {
        return BUNDLES.get(language).keySet();
    }
}
