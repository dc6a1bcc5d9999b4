package org.xiandao.core.document.extract;

import java.util.ArrayList;
import java.util.List;

/** A sentence: its span, its words and the name chunks found in it. */
final class Sentence {
    final int index;
    final int start;
    final int end;
    final List<Words.Word> words;
    final List<Chunk> chunks = new ArrayList<>();
    /** Who speaks in this sentence: a person's name, or null. */
    String speaker;
    /** A role mention ("the municipality's mayor") that names the speaker before the name is known. */
    PendingRole speakerRole;

    Sentence(int index, int start, int end, List<Words.Word> words) {
        this.index = index;
        this.start = start;
        this.end = end;
        this.words = words;
    }

    Chunk chunkAt(int word) {
        for (Chunk c : chunks) {
            if (word >= c.from() && word < c.to()) {
                return c;
            }
        }
        return null;
    }

    Chunk chunkStarting(int word) {
        for (Chunk c : chunks) {
            if (c.from() == word) {
                return c;
            }
        }
        return null;
    }

    Chunk chunkEnding(int wordExclusive) {
        for (Chunk c : chunks) {
            if (c.to() == wordExclusive) {
                return c;
            }
        }
        return null;
    }

    String word(int i) {
        return i >= 0 && i < words.size() ? words.get(i).lower() : "";
    }

    /** A role met before the name it belongs to, waiting for the name (simple coreference). */
    static final class PendingRole {
        final String role;
        final String organisation;
        final String mention;
        final int sentence;
        String person;

        PendingRole(String role, String organisation, String mention, int sentence) {
            this.role = role;
            this.organisation = organisation;
            this.mention = mention;
            this.sentence = sentence;
        }
    }
}
