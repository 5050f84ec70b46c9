package org.minga.household.internal.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.minga.household.DocumentType;
import org.minga.household.Households.PersonRef;
import org.minga.household.internal.shared.Texts;
import org.minga.platform.FieldError;
import org.minga.platform.Jurisdiction;

/**
 * The checks of a person's form or import row, every problem named by its field: the birth date, the document for
 * the type, age and country, the names, the codes chosen from lists, and (optionally) a document already stored.
 */
public final class PersonChecks {

    static final Pattern PHONE = Pattern.compile("[+0-9 ()-]{7,20}");
    static final Set<String> SEXES = Set.of("F", "M", "I");
    public static final Set<String> ETHNICITIES = Set.of("NINGUNA", "INDIGENA", "AFROCOLOMBIANA", "RAIZAL",
            "PALENQUERA",
            "ROM", "OTRA");

    /** What the checks found: the document (type and normalised number), the age, sensitive data, the name key. */
    public record Checked(DocumentType type, String number, Integer age, boolean sensitive, String nameKey) {

        public boolean minor() {
            return age != null && age < 18;
        }
    }

    /** Finds a stored person by document, for the duplicate check (null: the caller checks duplicates itself). */
    public interface Documents {
        Optional<PersonRef> byDocument(long jurisdictionId, DocumentType type, String number);
    }

    private PersonChecks() {
    }

    /** With {@code today} in the jurisdiction's time zone given by the caller (a bulk import reads the clock once). */
    public static Checked check(PersonCommand c, Jurisdiction j, Long selfId, List<FieldError> errors,
            Documents documents,
            LocalDate today) {
        Integer age = age(c.birthDate(), today, errors);
        DocumentType type = DocumentType.parse(c.documentType());
        String number = document(c, type, age, j, selfId, errors, documents);
        names(c, errors);
        codes(c, errors);
        if (Boolean.TRUE.equals(c.disabilityCertified()) && !Boolean.TRUE.equals(c.disability())) {
            errors.add(new FieldError("disabilityCertified",
                    "Solo una persona con discapacidad tiene certificado de discapacidad."));
        }
        if (!Texts.blank(c.email()) && !c.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", "El correo electrónico '" + c.email() + "' no es válido."));
        }
        if (!Texts.blank(c.phone()) && !PHONE.matcher(c.phone().strip()).matches()) {
            errors.add(new FieldError("phone", "El teléfono '" + c.phone() + "' no es válido (7 a 20 dígitos)."));
        }
        boolean sensitive = Boolean.TRUE.equals(c.disability())
                || (!Texts.blank(c.ethnicity()) && !"NINGUNA".equalsIgnoreCase(c.ethnicity().strip()));
        return new Checked(type, number, age, sensitive, nameKey(c.firstName(), c.middleName(), c.lastName(),
                c.secondLastName()));
    }

    private static Integer age(LocalDate birth, LocalDate today, List<FieldError> errors) {
        if (birth == null) {
            errors.add(new FieldError("birthDate", "Indique la fecha de nacimiento."));
        } else if (birth.isAfter(today)) {
            errors.add(new FieldError("birthDate", "La fecha de nacimiento no puede ser futura."));
        } else if (birth.isBefore(today.minusYears(120))) {
            errors.add(new FieldError("birthDate", "La fecha de nacimiento indica más de 120 años; revísela."));
        } else {
            return Period.between(birth, today).getYears();
        }
        return null;
    }

    private static String document(PersonCommand c, DocumentType type, Integer age, Jurisdiction j, Long selfId,
            List<FieldError> errors, Documents documents) {
        if (type == null) {
            errors.add(new FieldError("documentType", "El tipo de documento '" + Texts.nz(c.documentType())
                    + "' no es válido: use CC, TI, RC, CE, PPT, PEP, PA (pasaporte) o SD (sin documento)."));
            return null;
        }
        String problem = type.problem(c.documentNumber(), age, j.country());
        if (problem != null) {
            errors.add(new FieldError("documentNumber", problem));
            return null;
        }
        String number = type.normalise(c.documentNumber());
        if (number != null && documents != null) {
            Optional<PersonRef> same = documents.byDocument(j.id(), type, number);
            if (same.isPresent() && (selfId == null || same.get().id() != selfId)) {
                errors.add(new FieldError("documentNumber", "Ya existe una persona con " + type.name() + " "
                        + number + " en " + j.name() + " (registro " + same.get().id()
                        + "): no se duplican personas."));
            }
        }
        return number;
    }

    private static void names(PersonCommand c, List<FieldError> errors) {
        if (Texts.blank(c.firstName())) {
            errors.add(new FieldError("firstName", "Indique el primer nombre."));
        }
        if (Texts.blank(c.lastName())) {
            errors.add(new FieldError("lastName", "Indique el primer apellido."));
        }
        for (String[] f : new String[][]{{"firstName", c.firstName()}, {"middleName", c.middleName()},
                {"lastName", c.lastName()}, {"secondLastName", c.secondLastName()}}) {
            if (f[1] != null && f[1].length() > 100) {
                errors.add(new FieldError(f[0], "El nombre o apellido admite 100 caracteres."));
            }
        }
    }

    private static void codes(PersonCommand c, List<FieldError> errors) {
        if (!Texts.blank(c.sex()) && !SEXES.contains(c.sex().strip().toUpperCase())) {
            errors.add(new FieldError("sex", "El sexo debe ser F (mujer), M (hombre) o I (intersexual)."));
        }
        if (!Texts.blank(c.ethnicity()) && !ETHNICITIES.contains(c.ethnicity().strip().toUpperCase())) {
            errors.add(new FieldError("ethnicity", "La pertenencia étnica debe ser una de " + String.join(", ",
                    new TreeSet<>(ETHNICITIES)) + "."));
        }
        if (c.householdId() != null && Kinship.parse(c.relation()) == null) {
            errors.add(
                    new FieldError("relation", "Indique el parentesco con la jefatura del hogar: " + String.join(", ",
                            Kinship.names()) + "."));
        }
    }

    public static String nameKey(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.length() == 0 ? "" : " ").append(p.strip());
            }
        }
        return org.minga.platform.TextKeys.key(sb.toString());
    }

    /** The value records of a command whose checks found no error. */
    static Person.Names names(PersonCommand c) {
        return new Person.Names(c.firstName(), c.middleName(), c.lastName(), c.secondLastName());
    }

    static Person.Profile profile(PersonCommand c) {
        return new Person.Profile(Kinship.parse(c.relation()), c.birthDate(), Texts.code(c.sex()),
                Texts.trim(c.genderIdentity()), Texts.code(c.ethnicity()), Boolean.TRUE.equals(c.disability()),
                Boolean.TRUE.equals(c.disabilityCertified()), Texts.trim(c.populationGroups()), Texts.trim(c.phone()),
                Texts.trim(c.email()));
    }

    static IdentityDocument document(Checked k) {
        return new IdentityDocument(k.type(), k.number());
    }
}
