package org.minga.household.internal.person;

import java.time.Instant;
import java.time.LocalDate;

import org.minga.household.DocumentType;
import org.minga.household.internal.shared.StateTransitionRefused;
import org.minga.platform.Aggregate;
import org.minga.platform.ConflictException;
import org.minga.platform.Identity;
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person (Ley 1581 de 2012 personal data), a member of a household or registered in a territory. A person whose
 * authorization was withdrawn, who was anonymised or merged into another record is kept but no longer used: every
 * change refuses it.
 */
@Table("person")
public class Person extends Aggregate<Person> {

    private long jurisdictionId;
    private Long householdId;
    private Kinship relation;
    private long territoryId;
    private String territoryPath;
    private DocumentType documentType;
    private String documentNumber;
    private String firstName;
    private String middleName;
    private String lastName;
    private String secondLastName;
    private String nameKey;
    private LocalDate birthDate;
    private String sex;
    private String genderIdentity;
    private String ethnicity;
    private boolean disability;
    private boolean disabilityCertified;
    private String populationGroups;
    private String phone;
    private String email;
    private boolean processingStopped;
    private Instant anonymisedAt;
    private Long mergedInto;
    private String createdBy;
    private Instant updatedAt;

    private Person() {
    }

    /** Where a person lives: a household (with its territory) or, without one, a territory. */
    public record Placement(long jurisdictionId, Long householdId, long territoryId, String path) {
    }

    /** A person's names, checked: first name and first surname required, each at most 100 characters. */
    public record Names(String first, String middle, String last, String secondLast) {

        public Names {
            if (first == null || first.isBlank()) {
                throw new ValidationException("firstName", "Indique el primer nombre.");
            }
            if (last == null || last.isBlank()) {
                throw new ValidationException("lastName", "Indique el primer apellido.");
            }
            for (String n : new String[]{first, middle, last, secondLast}) {
                if (n != null && n.length() > 100) {
                    throw new ValidationException("firstName", "El nombre o apellido admite 100 caracteres.");
                }
            }
            first = first.strip();
            last = last.strip();
            middle = middle == null || middle.isBlank() ? null : middle.strip();
            secondLast = secondLast == null || secondLast.isBlank() ? null : secondLast.strip();
        }

        /** The names as searches compare them: lower case, without accents. */
        public String key() {
            StringBuilder sb = new StringBuilder();
            for (String p : new String[]{first, middle, last, secondLast}) {
                if (p != null) {
                    sb.append(sb.length() == 0 ? "" : " ").append(p);
                }
            }
            return TextKeys.key(sb.toString());
        }
    }

    /** What a person's record says besides names and document; a certificate needs a disability. */
    public record Profile(Kinship relation, LocalDate birthDate, String sex, String genderIdentity, String ethnicity,
            boolean disability, boolean disabilityCertified, String populationGroups, String phone,
            String email) {

        public Profile {
            if (disabilityCertified && !disability) {
                throw new ValidationException("disabilityCertified",
                        "Solo una persona con discapacidad tiene certificado de discapacidad.");
            }
        }
    }

    public static Person register(Identity<Person> id, Placement place, IdentityDocument document, Names names,
            Profile profile, String createdBy, Instant now) {
        Person p = new Person();
        if (id != null) {
            p.identify(id);
        }
        p.jurisdictionId = place.jurisdictionId();
        p.householdId = place.householdId();
        p.territoryId = place.territoryId();
        p.territoryPath = place.path();
        p.createdBy = createdBy;
        p.record(document, names, profile, now);
        return p;
    }

    /** Corrects the record; refused once the person is no longer usable. */
    public void correct(IdentityDocument document, Names names, Profile profile, Instant now) {
        requireUsable();
        record(document, names, profile, now);
    }

    private void record(IdentityDocument document, Names names, Profile profile, Instant now) {
        this.documentType = document.type();
        this.documentNumber = document.number();
        this.firstName = names.first();
        this.middleName = names.middle();
        this.lastName = names.last();
        this.secondLastName = names.secondLast();
        this.nameKey = names.key();
        this.relation = profile.relation();
        this.birthDate = profile.birthDate();
        this.sex = profile.sex();
        this.genderIdentity = profile.genderIdentity();
        this.ethnicity = profile.ethnicity();
        this.disability = profile.disability();
        this.disabilityCertified = profile.disabilityCertified();
        this.populationGroups = profile.populationGroups();
        this.phone = profile.phone();
        this.email = profile.email();
        this.updatedAt = now;
    }

    /** Marks this record a duplicate of {@code keep}: it stays as history and is no longer used. */
    public void mergeInto(Identity<Person> keep, Instant now) {
        if (keep.equals(id())) {
            throw new ValidationException("duplicateId", "Una persona no se fusiona consigo misma.");
        }
        requireUsable();
        this.mergedInto = keep.value();
        this.updatedAt = now;
    }

    /** Every authorization was withdrawn: the record is kept and no longer used. */
    public void stopProcessing() {
        this.processingStopped = true;
    }

    /** Refuses to use or change a person who was anonymised, merged or withdrew every authorization. */
    public void requireUsable() {
        requireUsable(anonymisedAt != null, mergedInto, processingStopped);
    }

    /** The refusals of {@link #requireUsable()}, for a read that loads no aggregate. */
    public static void requireUsable(boolean anonymised, Long mergedInto, boolean processingStopped) {
        if (anonymised) {
            throw new StateTransitionRefused(
                    "La persona fue anonimizada por solicitud de supresión: sus datos no se usan.");
        }
        if (mergedInto != null) {
            throw new StateTransitionRefused(
                    "Este registro se fusionó con la persona " + mergedInto + ": use ese registro.");
        }
        if (processingStopped) {
            throw new StateTransitionRefused(
                    "La persona revocó su autorización de tratamiento de datos: sus datos no se "
                            + "usan ni se modifican hasta que registre una nueva autorización.");
        }
    }

    /** Refuses a change made on another version than the stored one, or on none. */
    public void requireVersion(Integer seen) {
        requireVersion(seen == null ? -1 : seen, () -> new ConflictException(
                "Otra persona modificó este registro; recargue la página (versión " + version() + ")."));
    }

    public long jurisdictionId() {
        return jurisdictionId;
    }

    public Long householdId() {
        return householdId;
    }

    public IdentityDocument document() {
        return new IdentityDocument(documentType, documentNumber);
    }

    public boolean usable() {
        return anonymisedAt == null && mergedInto == null && !processingStopped;
    }

    public Long mergedInto() {
        return mergedInto;
    }
}
