package org.minga.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.minga.platform.PersonalDataOwner;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table that keeps a personal datum is covered by exactly one module's {@link PersonalDataOwner}: a new table
 * with a person's id, document, name, phone, e-mail or address column and no owner fails here.
 */
@MingaTest
class PersonalDataOwnersTests {

    /** Column names that hold a personal datum. */
    static final String PERSONAL_COLUMN = "^(person_id|.*document.*|.*first_name|.*last_name|full_name|person_name|subject_name"
            + "|respondent_.*|requested_by|granted_by.*|.*guardian.*|responsible_person|.*phone.*|.*email.*|.*address.*)$";

    /** Tables whose personal-looking columns belong to no person Minga serves, and why. */
    static final Map<String, String> NOT_ABOUT_PEOPLE_SERVED = Map.of(
            "app_user", "cuentas del personal que usa Minga (se administran en Administración)",
            "actor", "correo y teléfono institucionales de una organización",
            "offer_service", "contacto institucional y documentos que pide un servicio",
            "offer_service_location", "dirección pública de un punto de atención",
            "social_asset", "dirección pública de un activo social",
            "practice_evaluator", "evaluadores de buenas prácticas: personal con cuenta de usuario",
            "login_throttle", "direcciones desde las que se intentó ingresar: seguridad de las cuentas del personal",
            "virtual_territory", "dirección web pública de una comunidad digital (territorio virtual)",
            "field_team", "teléfono y correo institucionales de un equipo de campo",
            "care_setting",
            "dirección de un entorno cuidador (colegio, lugar de trabajo, institución): no es una persona");

    @Autowired
    List<PersonalDataOwner> owners;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTableWithAPersonalColumnIsDeclaredByExactlyOneOwner() {
        Map<String, List<String>> personal = new TreeMap<>();
        jdbc.sql("""
                select c.table_name, c.column_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and t.table_type = 'BASE TABLE' and c.column_name ~ :re
                order by 1, 2""").param("re", PERSONAL_COLUMN)
                .query((rs, n) -> personal.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        assertThat(personal).containsKeys("person", "referral", "space_invitation", "audit_log", "actor_contact");

        Map<String, List<String>> declaredBy = new TreeMap<>();
        for (PersonalDataOwner o : owners) {
            o.tables().forEach(t -> declaredBy.computeIfAbsent(t, k -> new ArrayList<>()).add(o.section()));
        }
        List<String> problems = new ArrayList<>();
        personal.forEach((table, columns) -> {
            if (!declaredBy.containsKey(table) && !NOT_ABOUT_PEOPLE_SERVED.containsKey(table)) {
                problems.add(table + " " + columns + " is declared by no PersonalDataOwner");
            }
        });
        declaredBy.forEach((table, sections) -> {
            if (sections.size() > 1) {
                problems.add(table + " is declared by " + sections);
            }
            if (NOT_ABOUT_PEOPLE_SERVED.containsKey(table)) {
                problems.add(table + " is declared by " + sections + " and listed as not about people served");
            }
        });
        TreeSet<String> existing = new TreeSet<>(jdbc.sql("""
                select table_name from information_schema.tables where table_schema = current_schema()""")
                .query(String.class).list());
        declaredBy.keySet().stream().filter(t -> !existing.contains(t))
                .forEach(t -> problems.add(t + " is declared but does not exist"));
        NOT_ABOUT_PEOPLE_SERVED.keySet().stream().filter(t -> !existing.contains(t))
                .forEach(t -> problems.add(t + " is exempted but does not exist"));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyModuleThatKeepsPersonalDataRegistersAnOwner() {
        assertThat(owners.stream().map(o -> o.getClass().getPackageName().split("\\.")[2]).distinct())
                .contains("household", "attention", "referral", "participation", "fair", "actor", "privacy", "platform",
                        "governance");
    }
}
