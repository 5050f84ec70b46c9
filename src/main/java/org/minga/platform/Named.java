package org.minga.platform;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a form field named (a code, or a name or acronym as people type it, issue 17) and what that names: one record,
 * several with that name, or none (with the records whose words start as typed, to suggest). A form takes a name
 * only when it names one record; otherwise the field error says which were meant.
 *
 * @param typed      what was typed
 * @param matches    the records it names: by code, else by name or acronym (accents and case aside)
 * @param similar    when it names none, the records whose words start with what was typed (at most a few)
 * @param describe   how a record reads in a message: its name and code
 */
public record Named<T> (String typed, List<T> matches, List<T> similar, Function<T, String> describe) {

    static final int SHOWN = 5;

    public Named {
        matches = List.copyOf(matches);
        similar = List.copyOf(similar);
    }

    /** The record the field names, when it names exactly one. */
    public Optional<T> one() {
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /**
     * The record the field names, or empty with a field error that names the field ({@code what}: "la instancia
     * superior", "el actor responsable") and lists the candidates.
     */
    public Optional<T> orError(String field, String what, List<FieldError> errors) {
        if (matches.size() == 1) {
            return one();
        }
        errors.add(new FieldError(field, message(what)));
        return Optional.empty();
    }

    String message(String what) {
        String shown = typed == null ? "" : typed.strip();
        if (matches.size() > 1) {
            return "El nombre «" + shown + "» no basta para " + what + ": lo llevan " + list(matches)
                    + ". Elija uno de la lista o escriba su código.";
        }
        String none = "No existe " + what + " «" + shown + "».";
        return similar.isEmpty() ? none : none + " ¿Quiso decir " + list(similar) + "? Elija uno de la lista.";
    }

    private String list(List<T> records) {
        List<String> names = records.stream().limit(SHOWN).map(describe).toList();
        String more = records.size() > SHOWN ? " y " + (records.size() - SHOWN) + " más" : "";
        return String.join("; ", names) + more;
    }
}
