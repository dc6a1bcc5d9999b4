package org.xiandao.core.document.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xiandao.core.document.Fact;
import org.xiandao.core.document.FactType;
import org.xiandao.core.document.SourceDocument;
import org.xiandao.core.document.Span;

/** What one pass over one document knows so far: sentences, people, organisations, the facts found. */
final class Reading {

    final SourceDocument document;
    final String text;
    final List<Sentence> sentences = new ArrayList<>();
    final List<Fact> facts = new ArrayList<>();
    /** People by full name, in order of first mention. */
    final Map<String, Person> people = new LinkedHashMap<>();
    /** Organisations by name, in order of first mention. */
    final Map<String, Org> organisations = new LinkedHashMap<>();
    final Map<String, Integer> placeCounts = new HashMap<>();
    final List<Sentence.PendingRole> pendingRoles = new ArrayList<>();
    /** Where each company, park, fund or institute is mentioned, for "the firm" and "it". */
    final java.util.TreeMap<Integer, String> orgMentions = new java.util.TreeMap<>();
    final java.util.TreeMap<Integer, String> companyMentions = new java.util.TreeMap<>();
    final java.util.TreeMap<Integer, String> parkMentions = new java.util.TreeMap<>();

    Reading(SourceDocument document) {
        this.document = document;
        this.text = document.text();
    }

    static final class Person {
        final String name;
        final List<String[]> roles = new ArrayList<>(); // {role, organisation}
        int lastMention;

        Person(String name) {
            this.name = name;
        }

        String surname() {
            return name.split(" ")[0];
        }

        String familyNameWestern() {
            String[] p = name.split(" ");
            return p[p.length - 1];
        }
    }

    static final class Org {
        final String name;
        final String type;
        final Span first;
        final Span sentence;
        final Map<String, String> said = new LinkedHashMap<>();

        Org(String name, String type, Span first, Span sentence) {
            this.name = name;
            this.type = type;
            this.first = first;
            this.sentence = sentence;
        }
    }

    Person person(String name) {
        return people.computeIfAbsent(name, Person::new);
    }

    Org organisation(Chunk c, Sentence s) {
        Org o = organisations.get(c.name());
        if (o == null && c.to() - c.from() == 1) {
            for (Org known : organisations.values()) {
                // "Taimi" after "Taimi Robotics Technology" is the same firm.
                if (known.name.startsWith(c.name() + " ")) {
                    o = known;
                    break;
                }
            }
        }
        if (o == null) {
            o = new Org(c.name(), c.orgType(), new Span(c.start(), c.end()), new Span(s.start, s.end));
            organisations.put(c.name(), o);
        }
        if (!"media".equals(o.type) && !"government".equals(o.type)) {
            orgMentions.put(c.start(), o.name);
            if ("company".equals(o.type)) {
                companyMentions.put(c.start(), o.name);
            } else if ("park".equals(o.type)) {
                parkMentions.put(c.start(), o.name);
            }
        }
        return o;
    }

    /** The company, park, fund or institute named last before the offset. */
    String organisationBefore(int offset) {
        Map.Entry<Integer, String> e = orgMentions.lowerEntry(offset);
        return e == null ? null : e.getValue();
    }

    /** "its", "the firm": the company named last before the offset, or any organisation when none is. */
    String companyBefore(int offset) {
        Map.Entry<Integer, String> e = companyMentions.lowerEntry(offset);
        return e == null ? organisationBefore(offset) : e.getValue();
    }

    /** The organisation a speaker holds a role at, by its full name when the text names it in full somewhere. */
    String organisationOf(String person) {
        Person p = person == null ? null : people.get(person);
        if (p == null) {
            return null;
        }
        for (String[] role : p.roles) {
            if (role[1] != null) {
                for (Org o : organisations.values()) {
                    if (o.name.contains(role[1]) || role[1].contains(o.name)) {
                        return o.name;
                    }
                }
                return role[1];
            }
        }
        return null;
    }

    /** The organisation of a type ("park") named last before the offset, or null. */
    String organisationBefore(int offset, String type) {
        Map.Entry<Integer, String> e = "park".equals(type) ? parkMentions.lowerEntry(offset) : companyMentions.lowerEntry(offset);
        return e == null ? null : e.getValue();
    }

    /** "the district": the district named most often, or the fallback. */
    String districtOr(String fallback) {
        return placeCounts.entrySet().stream().filter(e -> e.getKey().endsWith(" District") || e.getKey().endsWith(" New Area"))
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(fallback);
    }

    /** "he", "she": the person mentioned last before the offset. */
    String lastPersonBefore(int offset) {
        Person best = null;
        for (Person p : people.values()) {
            if (p.lastMention < offset && (best == null || p.lastMention > best.lastMention)) {
                best = p;
            }
        }
        return best == null ? null : best.name;
    }

    /** The place the document is mostly about: the one named most often. */
    String mainPlace() {
        return placeCounts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    void add(FactType type, String subject, String predicate, String object, Map<String, String> attributes, Span evidence, Sentence s) {
        facts.add(new Fact(type, subject, predicate, object, attributes, evidence, new Span(s.start, s.end)));
    }

    String slice(Sentence s, int fromWord, int toWord) {
        if (fromWord >= toWord || fromWord < 0 || toWord > s.words.size()) {
            return "";
        }
        return text.substring(s.words.get(fromWord).start(), s.words.get(toWord - 1).end());
    }
}
