package org.xiandao.core.document.extract;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names the Chinese segmenter must keep whole: enterprise, park and fund names from the store. HanLP keeps
 * its custom dictionary in process-wide state, so names are added once and never removed; adding the same
 * name again is free.
 */
public final class ChineseLexicon {

    public static final ChineseLexicon EMPTY = new ChineseLexicon(List.of());

    private static final Set<String> ADDED = new HashSet<>();

    private final List<String> names;

    public ChineseLexicon(Collection<String> organisationNames) {
        this.names = organisationNames.stream().filter(n -> n != null && n.length() >= 2
                && n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).toList();
    }

    void apply() {
        synchronized (ADDED) {
            for (String n : names) {
                if (ADDED.add(n)) {
                    CustomDictionary.insert(n, "nt 1000");
                }
            }
        }
    }

    public int size() {
        return names.size();
    }
}
