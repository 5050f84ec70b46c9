package org.minga.household.internal.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.minga.household.DocumentType;
import org.minga.household.Households;
import org.minga.household.Households.PersonFacts;
import org.minga.household.Households.PersonRef;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.CurrentUser;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.platform.Times;
import org.minga.platform.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Persons as pages, searches and other modules read them: the hand-written SQL. */
@Component
@RequiredArgsConstructor
public class PersonReadModel {

    static final String SELECT = """
            select p.*, t.name as territory_name, h.code as household_code from person p
            join territory t on t.id = p.territory_id left join household h on h.id = p.household_id""";
    static final String REF = """
            select p.id, p.jurisdiction_id, p.household_id, p.territory_id, p.territory_path,
              p.first_name || ' ' || p.last_name from person p""";

    private final JdbcClient jdbc;
    private final ScopeQueries access;

    public PersonView person(long id) {
        return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(PersonReadModel::view).optional()
                .orElseThrow(() -> new NotFoundException("La persona " + id + " no existe."));
    }

    /** A person the user reaches; the view is written to the access log. */
    @Transactional
    public PersonView viewPerson(long id, CurrentUser user) {
        access.person(id, user);
        return person(id);
    }

    static PersonView view(ResultSet rs, int n) throws SQLException {
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        Integer age = birth == null ? null
                : Period.between(birth, Times.todayIn(rs.getLong("jurisdiction_id"))).getYears();
        List<String> sensitive = new ArrayList<>();
        String eth = rs.getString("ethnicity");
        if (eth != null && !"NINGUNA".equals(eth)) {
            sensitive.add("ethnicity");
        }
        if (rs.getBoolean("disability")) {
            sensitive.add("disability");
            sensitive.add("disabilityCertified");
        }
        String full = String.join(" ", Stream.of(rs.getString("first_name"), rs.getString("middle_name"),
                rs.getString("last_name"), rs.getString("second_last_name")).filter(s -> s != null && !s.isBlank())
                .toList());
        return new PersonView(rs.getLong("id"), rs.getLong("jurisdiction_id"), (Long) rs.getObject("household_id"),
                rs.getString("household_code"), rs.getString("relation"), rs.getLong("territory_id"),
                rs.getString("territory_name"), rs.getString("document_type"), rs.getString("document_number"),
                rs.getString("first_name"), rs.getString("middle_name"), rs.getString("last_name"),
                rs.getString("second_last_name"), full, birth, age, rs.getString("sex"),
                rs.getString("gender_identity"),
                eth, rs.getBoolean("disability"), rs.getBoolean("disability_certified"),
                rs.getString("population_groups"), rs.getString("phone"), rs.getString("email"),
                rs.getBoolean("processing_stopped"), rs.getObject("anonymised_at") != null,
                (Long) rs.getObject("merged_into"), sensitive, rs.getInt("version"));
    }

    static PersonRef ref(ResultSet rs, int n) throws SQLException {
        return new PersonRef(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getLong(4), rs.getString(5),
                rs.getString(6));
    }

    public List<PersonView> members(long householdId) {
        return jdbc.sql(SELECT
                + " where p.household_id = :h and p.merged_into is null order by p.relation = 'JEFE' desc, p.birth_date")
                .param("h", householdId).query(PersonReadModel::view).list();
    }

    /** The members whose data may still be used (not anonymised, merged or withdrawn), for forms. */
    public List<PersonView> usableMemberViews(long householdId) {
        return members(householdId).stream()
                .filter(p -> !p.processingStopped() && !p.anonymised() && p.mergedInto() == null)
                .toList();
    }

    public PageResult<PersonView> persons(Long jurisdictionId, String document, String name, CurrentUser user,
            PageRequest page) {
        AccessScope scope = access.scope(user);
        StringBuilder where = new StringBuilder(" where p.territory_path like :scope and p.merged_into is null");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", scope.likePattern());
        Long j = scope.jurisdictionId() != null ? scope.jurisdictionId() : jurisdictionId;
        if (j != null) {
            where.append(" and p.jurisdiction_id = :j");
            params.put("j", j);
        }
        if (document != null && !document.isBlank()) {
            where.append(" and p.document_number = :doc");
            params.put("doc", document.strip().toUpperCase().replace(".", "").replace(" ", ""));
        }
        if (name != null && !name.isBlank()) {
            // every word of the query starts a word of the name, in any order (NameWords: the scope's index first)
            String words = NameWords.condition(name, scope, params);
            if (words == null) {
                where.append(" and p.name_key like :nk");
                params.put("nk", "%" + TextKeys.key(name) + "%");
            } else {
                where.append(" and ").append(words);
            }
        }
        long total = jdbc.sql("select count(*) from person p" + where).params(params).query(Long.class).single();
        List<PersonView> items = jdbc
                .sql(SELECT + where + " order by p.last_name, p.first_name, p.id limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(PersonReadModel::view).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** Probable duplicates: same birth date and a similar name (trigram similarity at least 0.6). */
    public List<PersonView> probableDuplicates(long id) {
        return jdbc.sql(SELECT + """

                join person me on me.id = :id
                where p.jurisdiction_id = me.jurisdiction_id and p.birth_date = me.birth_date and p.id <> me.id
                  and p.merged_into is null and p.anonymised_at is null and similarity(p.name_key, me.name_key) >= 0.6
                order by p.id limit 20""").param("id", id).query(PersonReadModel::view).list();
    }

    /** A person not anonymised, merged or withdrawn (authorizations are the caller's to check). */
    public Optional<PersonRef> unstopped(long personId) {
        return jdbc.sql(REF + " " + """
                where p.id = :id and p.merged_into is null and p.anonymised_at is null
                 and not p.processing_stopped""").param("id", personId).query(PersonReadModel::ref).optional();
    }

    public Optional<PersonFacts> facts(long personId) {
        return jdbc.sql("""
                select p.id, p.birth_date, p.sex, p.disability, p.population_groups, p.ethnicity, h.sisben_group,
                       p.territory_path, t.name, p.gender_identity
                from person p join territory t on t.id = p.territory_id left join household h on h.id = p.household_id
                where p.id = :id""")
                .param("id", personId)
                .query((rs, n) -> new PersonFacts(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)))
                .optional();
    }

    public Optional<PersonRef> byDocument(long jurisdictionId, DocumentType type, String number) {
        return jdbc.sql(REF + " " + """
                where p.jurisdiction_id = :j and p.document_type = :t and p.document_number = :n
                 and p.merged_into is null""")
                .param("j", jurisdictionId).param("t", type.name()).param("n", type.normalise(number))
                .query(PersonReadModel::ref).optional();
    }

    public List<PersonRef> usableMembers(long householdId) {
        return jdbc.sql(REF + " " + """
                where p.household_id = :h and p.merged_into is null and not p.processing_stopped
                 and p.anonymised_at is null order by p.id""").param("h", householdId)
                .query(PersonReadModel::ref).list();
    }

    /** The members whose authorizations are asked about sensitive answers: not anonymised nor merged. */
    public List<Long> answeringMembers(long householdId) {
        return jdbc.sql("""
                select id from person where household_id = :h and anonymised_at is null and merged_into is null
                order by id""").param("h", householdId).query(Long.class).list();
    }

    public Optional<Long> jurisdictionOf(long personId) {
        return jdbc.sql("select p.jurisdiction_id from person p where p.id = :id").param("id", personId)
                .query(Long.class)
                .optional();
    }

    /** Persons of a jurisdiction with this number in any of the forms documents are stored in (not merged). */
    public List<Long> byDocumentNumber(long jurisdictionId, String documentNumber) {
        // the forms every document type stores: upper case, no dots or spaces, no hyphen except in a RUN
        String kept = documentNumber.strip().toUpperCase().replace(".", "").replace(" ", "");
        return jdbc.sql("""
                select p.id from person p where p.jurisdiction_id = :j and p.document_number in (:n)
                  and p.merged_into is null order by p.id limit 20""")
                .param("j", jurisdictionId).param("n", List.of(kept, kept.replace("-", ""))).query(Long.class).list();
    }

    /** How to identify and reach a person (no scope check); empty when the person does not exist or was anonymised. */
    public Optional<Households.PersonContact> contact(long personId) {
        return jdbc.sql("""
                select p.id, p.document_type, p.document_number, p.phone, p.email, h.address
                from person p left join household h on h.id = p.household_id
                where p.id = :id and p.anonymised_at is null""")
                .param("id", personId)
                .query((rs, n) -> new Households.PersonContact(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .optional();
    }
}
