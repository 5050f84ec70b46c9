package org.minga.platform;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person whose data is exported or erased: the person's id and every identifier the owners gave
 * ({@link PersonalDataOwner#identify}). Strong identifiers (documents, phones, e-mails, addresses, full names) find
 * copies of the person's data elsewhere; {@link #scrub} replaces them, and the single words of the names, with
 * {@value #ANONYMISED}, without regard to case or accents ({@link ScrubQueries} does it in a table's columns). The
 * ids of the persons merged into this one ({@link #mergedPersonIds}) find the duplicates' rows not yet moved to it.
 */
public final class DataSubjectRef {

    public static final String ANONYMISED = "ANONIMIZADO";

    private final long personId;
    private final long jurisdictionId;
    private final Set<Long> merged;
    private final Set<String> documents;
    private final Set<String> names;
    private final Set<String> words;
    private final Set<String> phones;
    private final Set<String> emails;
    private final Set<String> addresses;
    private final Pattern strong;
    private final Pattern all;

    private DataSubjectRef(Builder b) {
        this.personId = b.personId;
        this.jurisdictionId = b.jurisdictionId;
        this.merged = Set.copyOf(b.merged);
        this.documents = Set.copyOf(b.documents);
        this.names = Set.copyOf(b.names);
        this.words = Set.copyOf(b.words);
        this.phones = Set.copyOf(b.phones);
        this.emails = Set.copyOf(b.emails);
        this.addresses = Set.copyOf(b.addresses);
        this.strong = pattern(strongIdentifiers());
        List<String> tokens = new ArrayList<>(strongIdentifiers());
        tokens.addAll(nameWords());
        this.all = pattern(tokens);
    }

    public static Builder of(long personId, long jurisdictionId) {
        return new Builder(personId, jurisdictionId);
    }

    public long personId() {
        return personId;
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    /**
     * The persons merged into this one (its duplicates, given by the module that keeps persons): rows about them are
     * the person's too, where a module has not (yet) moved them to the person kept. Empty when none.
     */
    public Set<Long> mergedPersonIds() {
        return merged;
    }

    public Set<String> documents() {
        return documents;
    }

    /** Full names of two words or more as stored (first and last names together), and such names other modules copied. */
    public Set<String> names() {
        return names;
    }

    public Set<String> phones() {
        return phones;
    }

    /** E-mail addresses, lower case. */
    public Set<String> emails() {
        return emails;
    }

    public Set<String> addresses() {
        return addresses;
    }

    /** Documents, phones, e-mails, addresses and full names: each alone points at the person. */
    public List<String> strongIdentifiers() {
        List<String> out = new ArrayList<>();
        out.addAll(documents);
        out.addAll(phones);
        out.addAll(emails);
        out.addAll(addresses);
        out.addAll(names);
        return out;
    }

    /** Every word of three letters or more of the person's names (a word alone does not point at the person). */
    public Set<String> nameWords() {
        Set<String> out = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(names);
        all.addAll(words);
        for (String n : all) {
            for (String w : n.split("[^\\p{L}\\p{N}'-]+")) {
                if (w.length() >= 3 && !ANONYMISED.equalsIgnoreCase(w)) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** ILIKE patterns ('%value%') of the strong identifiers, for finding copies in SQL. */
    public List<String> likePatterns() {
        return strongIdentifiers().stream()
                .map(s -> "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .toList();
    }

    /** Whether the person has a strong identifier to look for (else only rows linked to them can be scrubbed). */
    public boolean hasStrongIdentifiers() {
        return strong != null;
    }

    /** Whether the text holds a strong identifier of the person. */
    public boolean mentions(String text) {
        return text != null && strong != null && strong.matcher(text).find();
    }

    /** The text with every identifier and every name word of the person replaced; null stays null. */
    public String scrub(String text) {
        if (text == null || all == null) {
            return text;
        }
        return all.matcher(text).replaceAll(Matcher.quoteReplacement(ANONYMISED));
    }

    /** The text scrubbed when it holds a strong identifier of the person, else unchanged. */
    public String scrubIfMentioned(String text) {
        return mentions(text) ? scrub(text) : text;
    }

    private static Pattern pattern(List<String> tokens) {
        List<String> sorted = tokens.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        if (sorted.isEmpty()) {
            return null;
        }
        StringBuilder p = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            p.append(i == 0 ? "" : "|").append(loose(sorted.get(i)));
        }
        p.append(")(?![\\p{L}\\p{N}])");
        return Pattern.compile(p.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A token as a pattern that ignores accents and takes any run of spaces for a space. */
    private static String loose(String token) {
        StringBuilder p = new StringBuilder();
        for (char c : token.toCharArray()) {
            if (Character.isWhitespace(c)) {
                if (p.length() < 3 || !p.substring(p.length() - 3).equals("\\s+")) {
                    p.append("\\s+");
                }
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            String variants = switch (base) {
                case "a" -> "aáàäâ";
                case "e" -> "eéèëê";
                case "i" -> "iíìïî";
                case "o" -> "oóòöô";
                case "u" -> "uúùüû";
                case "n" -> "nñ";
                case "c" -> "cç";
                default -> null;
            };
            p.append(variants == null ? Pattern.quote(String.valueOf(c)) : "[" + variants + "]");
        }
        return p.toString();
    }

    /** Collects the identifiers the owners give. */
    public static final class Builder {
        private final long personId;
        private final long jurisdictionId;
        private final Set<Long> merged = new LinkedHashSet<>();
        private final Set<String> documents = new LinkedHashSet<>();
        private final Set<String> names = new LinkedHashSet<>();
        private final Set<String> words = new LinkedHashSet<>();
        private final Set<String> phones = new LinkedHashSet<>();
        private final Set<String> emails = new LinkedHashSet<>();
        private final Set<String> addresses = new LinkedHashSet<>();

        private Builder(long personId, long jurisdictionId) {
            this.personId = personId;
            this.jurisdictionId = jurisdictionId;
        }

        public long personId() {
            return personId;
        }

        /** A person merged into this one (a duplicate): {@link DataSubjectRef#mergedPersonIds}. */
        public Builder merged(long mergedPersonId) {
            if (mergedPersonId != personId) {
                merged.add(mergedPersonId);
            }
            return this;
        }

        public Builder document(String s) {
            add(documents, s, 3);
            return this;
        }

        /**
         * A name as stored. Only a name of two words or more points at the person alone (it finds copies); a single
         * word is scrubbed only from the rows about the person.
         */
        public Builder name(String s) {
            if (s != null && !s.strip().equalsIgnoreCase(ANONYMISED)) {
                String name = s.strip().replaceAll("\\s+", " ");
                add(name.contains(" ") ? names : words, name, 3);
            }
            return this;
        }

        public Builder phone(String s) {
            add(phones, s, 5);
            return this;
        }

        public Builder email(String s) {
            add(emails, s == null ? null : s.toLowerCase(Locale.ROOT), 3);
            return this;
        }

        public Builder address(String s) {
            add(addresses, s, 5);
            return this;
        }

        private static void add(Set<String> set, String s, int min) {
            if (s != null && s.strip().length() >= min) {
                set.add(s.strip());
            }
        }

        public DataSubjectRef build() {
            return new DataSubjectRef(this);
        }
    }
}
