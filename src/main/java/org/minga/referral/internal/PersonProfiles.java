package org.minga.referral.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.minga.offer.PersonProfile;
import org.minga.offer.PopulationGroup;
import org.minga.offer.Sex;
import org.minga.platform.TextKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The eligibility profile of a person (age, sex, groups, SISBEN, territory), to check a referral against the
 * service's rules. The household module's public API has no profile yet, so this reads its person and household
 * rows directly (read only, after {@code Households.requireUsablePerson} has checked scope and authorization);
 * the lead may move it into {@code Households} later.
 */
@Component
class PersonProfiles {

    private final JdbcClient jdbc;

    PersonProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PersonProfile> of(long personId, LocalDate today) {
        return jdbc.sql("""
                        select p.birth_date, p.sex, p.disability, p.population_groups, p.ethnicity, h.sisben_group,
                               p.territory_path, t.name
                        from person p join territory t on t.id = p.territory_id left join household h on h.id = p.household_id
                        where p.id = :id""")
                .param("id", personId)
                .query((rs, n) -> {
                    LocalDate birth = rs.getObject(1, LocalDate.class);
                    Integer age = birth == null ? null : Period.between(birth, today).getYears();
                    String sex = rs.getString(2);
                    Set<PopulationGroup> groups = EnumSet.noneOf(PopulationGroup.class);
                    if (rs.getBoolean(3)) {
                        groups.add(PopulationGroup.DISABILITY);
                    }
                    if (age != null && age >= 60) {
                        groups.add(PopulationGroup.OLDER_PERSONS);
                    }
                    if (age != null && age < 18) {
                        groups.add(PopulationGroup.CHILDREN);
                    }
                    if (age != null && age >= 14 && age <= 28) {
                        groups.add(PopulationGroup.YOUTH);
                    }
                    String ethnicity = rs.getString(5);
                    if (ethnicity != null && !"NINGUNA".equals(ethnicity)) {
                        groups.add(PopulationGroup.ETHNIC_GROUPS);
                    }
                    String declared = rs.getString(4);
                    if (declared != null) {
                        for (String part : declared.split("[,;]")) {
                            PopulationGroup.parse(part.strip()).ifPresent(groups::add);
                            String k = TextKeys.key(part);
                            if (k.contains("victima")) {
                                groups.add(PopulationGroup.CONFLICT_VICTIMS);
                            } else if (k.contains("gestante")) {
                                groups.add(PopulationGroup.PREGNANT);
                            } else if (k.contains("migrante")) {
                                groups.add(PopulationGroup.MIGRANTS);
                            }
                        }
                    }
                    return new PersonProfile(age, "F".equals(sex) ? Sex.FEMALE : "M".equals(sex) ? Sex.MALE : null, groups,
                            rs.getString(6), rs.getString(7), rs.getString(8));
                }).optional();
    }
}
