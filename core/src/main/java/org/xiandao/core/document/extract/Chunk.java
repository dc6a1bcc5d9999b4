package org.xiandao.core.document.extract;

/**
 * A run of capitalised words in a sentence, classified: a person, an organisation (with its type), a place,
 * or unknown. Word indexes are into the sentence's word list; {@code from} inclusive, {@code to} exclusive.
 */
record Chunk(String name, Kind kind, String orgType, int from, int to, int start, int end) {

    enum Kind { PERSON, ORGANISATION, PLACE, UNKNOWN }

    Chunk as(Kind k, String type) {
        return new Chunk(name, k, type, from, to, start, end);
    }
}
