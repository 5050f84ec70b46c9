package org.minga.referral.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.Labels;
import org.minga.offer.PersonProfile;
import org.minga.offer.ValueGroup;
import org.minga.offer.Sex;
import org.minga.platform.TextKeys;
import org.minga.household.Households;
import org.springframework.stereotype.Component;

/** The eligibility profile of a person (age, sex, groups, SISBEN, territory), to check a referral against the service's rules. */
@Component
record PersonProfiles(Households households) {

    Optional<PersonProfile> of(long personId, LocalDate today) {
        return households.facts(personId).map(f -> {
            LocalDate birth = f.birthDate();
            Integer age = birth == null ? null : Period.between(birth, today).getYears();
            String sex = f.sex();
            Set<ValueGroup> groups = EnumSet.noneOf(ValueGroup.class);
            if (f.disability()) {
                groups.add(ValueGroup.DISABILITY);
            }
            if (age != null && age >= 60) {
                groups.add(ValueGroup.OLDER_PERSONS);
            }
            if (age != null && age < 18) {
                groups.add(ValueGroup.CHILDREN);
            }
            if (age != null && age >= 14 && age <= 28) {
                groups.add(ValueGroup.YOUTH);
            }
            String ethnicity = f.ethnicity();
            if (ethnicity != null && !"NINGUNA".equals(ethnicity)) {
                groups.add(ValueGroup.ETHNIC_GROUPS);
            }
            String declared = f.populationGroups();
            if (declared != null) {
                for (String part : declared.split("[,;]")) {
                    Labels.read(ValueGroup.class, part.strip()).ifPresent(groups::add);
                    String k = TextKeys.key(part);
                    if (k.contains("victima")) {
                        groups.add(ValueGroup.CONFLICT_VICTIMS);
                    } else if (k.contains("gestante")) {
                        groups.add(ValueGroup.PREGNANT);
                    } else if (k.contains("migrante")) {
                        groups.add(ValueGroup.MIGRANTS);
                    }
                }
            }
            return new PersonProfile(age, "F".equals(sex) ? Sex.FEMALE : "M".equals(sex) ? Sex.MALE : null, groups,
                    f.sisbenGroup(), f.territoryPath(), f.territoryName());
        });
    }
}
