package org.minga.platform;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person whose data is exported or erased: the person's id and every identifier the owners gave
 * ({@link PersonalDataOwner#identify}). Strong identifiers (documents, phones, e-mails, addresses, full names) find
 * copies of the person's data elsewhere; {@link #scrub} replaces them, and the single words of the names, with
 * {@value #ANONYMISED}, without regard to case or accents.
 */
public final class DataSubjectRef {

    public static final String ANONYMISED = "ANONIMIZADO";

    private final long personId;
    private final long jurisdictionId;
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

    /**
     * Scrubs text (or JSON, written {@code "column:jsonb"}) columns of a table's rows, in place: every row matching
     * {@code where} when {@code linked} (rows about the person), else only the rows holding a strong identifier of the
     * person. The table needs an {@code id} column. Returns how many rows changed.
     */
    public int scrubColumns(JdbcClient jdbc, String table, String where, Map<String, ?> params, boolean linked,
            String... columns) {
        if (!linked && strong == null) {
            return 0;
        }
        List<String> names = new ArrayList<>();
        List<Boolean> json = new ArrayList<>();
        for (String c : columns) {
            names.add(c.endsWith(":jsonb") ? c.substring(0, c.length() - 6) : c);
            json.add(c.endsWith(":jsonb"));
        }
        Map<String, Object> all = new java.util.HashMap<>(params == null ? Map.of() : params);
        String sql = selectMentioning(table, where, names, linked, all);
        List<Object[]> rows = jdbc.sql(sql).params(all).query((rs, n) -> {
            Object[] row = new Object[names.size() + 1];
            row[0] = rs.getObject(1);
            for (int c = 0; c < names.size(); c++) {
                row[c + 1] = rs.getString(c + 2);
            }
            return row;
        }).list();
        Map<String, Integer> sizes = columnSizes(jdbc, table);
        String update = update(table, names, json);
        int changed = 0;
        for (Object[] row : rows) {
            boolean differs = false;
            var u = jdbc.sql(update).param("id", row[0]);
            for (int c = 0; c < names.size(); c++) {
                String before = (String) row[c + 1];
                String after = linked ? scrub(before) : scrubIfMentioned(before);
                Integer size = sizes.get(names.get(c));
                if (after != null && size != null && after.length() > size) {
                    after = after.substring(0, size);
                }
                differs |= !java.util.Objects.equals(before, after);
                u = u.param("v" + c, after);
            }
            if (differs) {
                changed += u.update();
            }
        }
        return changed;
    }

    /**
     * The rows to scrub and the columns' text: all rows {@code where} says when they are linked to the subject, else
     * only those whose columns mention the subject (its like-patterns are added to {@code params}).
     */
    private String selectMentioning(String table, String where, List<String> names, boolean linked,
            Map<String, Object> params) {
        StringBuilder sql = new StringBuilder("select id");
        names.forEach(n -> sql.append(", ").append(n).append("::text"));
        sql.append(" from ").append(table).append(" where (").append(where == null ? "true" : where).append(")");
        if (!linked) {
            List<String> likes = likePatterns();
            sql.append(" and (");
            for (int c = 0; c < names.size(); c++) {
                for (int l = 0; l < likes.size(); l++) {
                    sql.append(c + l == 0 ? "" : " or ").append(names.get(c)).append("::text ilike :like_").append(l);
                }
            }
            sql.append(")");
            for (int l = 0; l < likes.size(); l++) {
                params.put("like_" + l, likes.get(l));
            }
        }
        return sql.toString();
    }

    /** A replacement may be longer than what it replaces: it is cut to the column's size rather than fail. */
    private static Map<String, Integer> columnSizes(JdbcClient jdbc, String table) {
        Map<String, Integer> sizes = new java.util.HashMap<>();
        jdbc.sql("""
                select column_name, character_maximum_length from information_schema.columns
                where table_schema = current_schema() and table_name = :t and character_maximum_length is not null""")
                .param("t", table).query((rs, n) -> sizes.put(rs.getString(1), rs.getInt(2))).list();
        return sizes;
    }

    private static String update(String table, List<String> names, List<Boolean> json) {
        StringBuilder update = new StringBuilder("update ").append(table).append(" set ");
        for (int c = 0; c < names.size(); c++) {
            update.append(c == 0 ? "" : ", ").append(names.get(c)).append(" = ")
                    .append(json.get(c) ? "cast(:v" + c + " as jsonb)" : ":v" + c);
        }
        return update.append(" where id = :id").toString();
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
