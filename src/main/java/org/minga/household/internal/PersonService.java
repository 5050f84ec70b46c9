package org.minga.household.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.minga.platform.Capability;
import org.minga.household.DocumentType;
import org.minga.household.Households;
import org.minga.platform.AuditLog;
import org.minga.platform.ConflictException;
import org.minga.platform.CurrentUser;
import org.minga.platform.FieldError;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.minga.privacy.AuthorizationWithdrawn;
import org.minga.privacy.Consents;
import org.minga.privacy.PersonalDataAccess;
import org.minga.privacy.PersonalDataHolder;
import org.minga.territory.LocatedTerritory;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryLocator;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households and persons: scope checks, document validation, authorization before storing, duplicates,
 * merging and anonymisation. Every view of a record goes through {@link #viewPerson}/{@link #viewHousehold},
 * which write the access log.
 */
@Service
class PersonService implements PersonalDataHolder, Households {

    static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[+0-9 ()-]{7,20}");
    static final Set<String> SEXES = Set.of("F", "M", "I");
    static final Set<String> RELATIONS = Set.of("JEFE", "CONYUGE", "HIJO", "PADRE_MADRE", "HERMANO", "NIETO",
            "ABUELO", "OTRO_PARIENTE", "NO_PARIENTE");
    static final Set<String> ETHNICITIES = Set.of("NINGUNA", "INDIGENA", "AFROCOLOMBIANA", "RAIZAL", "PALENQUERA",
            "ROM", "OTRA");
    static final String ANONYMISED = "ANONIMIZADO";

    private final JdbcClient jdbc;
    private final Territories territories;
    private final TerritoryLocator locator;
    private final Jurisdictions jurisdictions;
    private final Consents consents;
    private final PersonalDataAccess access;
    private final AuditLog audit;
    private final AlertEngine alerts;

    PersonService(JdbcClient jdbc, Territories territories, TerritoryLocator locator, Jurisdictions jurisdictions,
                  Consents consents, PersonalDataAccess access, AuditLog audit, AlertEngine alerts) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.locator = locator;
        this.jurisdictions = jurisdictions;
        this.consents = consents;
        this.access = access;
        this.audit = audit;
        this.alerts = alerts;
    }

    // ---------------------------------------------------------------- scope

    static boolean inScope(AccessScope scope, long jurisdictionId, String path) {
        return scope.includesJurisdiction(jurisdictionId) && (scope.pathPrefix() == null || path.startsWith(scope.pathPrefix()));
    }

    static void requireWriter(CurrentUser user) {
        if (user.role().readOnly() || user.role() == org.minga.platform.Role.PRACTICE_EVALUATOR) {
            throw new ForbiddenException("Su rol (" + user.role().label() + ") no modifica hogares ni personas.");
        }
    }

    record Row(long id, long jurisdictionId, String path, Long householdId) {
    }

    Row personRow(long id, CurrentUser user) {
        Row r = jdbc.sql("select id, jurisdiction_id, territory_path, household_id from person where id = :id")
                .param("id", id).query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        (Long) rs.getObject(4))).optional()
                .orElseThrow(() -> new NotFoundException("La persona " + id + " no existe."));
        if (!inScope(territories.scopeOf(user, Capability.READ_PERSONAL_DATA), r.jurisdictionId(), r.path())) {
            throw new ForbiddenException("La persona " + id + " está fuera de su alcance territorial.");
        }
        return r;
    }

    Row householdRow(long id, CurrentUser user) {
        Row r = jdbc.sql("select id, jurisdiction_id, territory_path from household where id = :id").param("id", id)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), null)).optional()
                .orElseThrow(() -> new NotFoundException("El hogar " + id + " no existe."));
        if (!inScope(territories.scopeOf(user, Capability.READ_PERSONAL_DATA), r.jurisdictionId(), r.path())) {
            throw new ForbiddenException("El hogar " + id + " está fuera de su alcance territorial.");
        }
        return r;
    }

    // ---------------------------------------------------------------- households

    @Transactional
    HouseholdView createHousehold(HouseholdCommand c, CurrentUser user) {
        requireWriter(user);
        Jurisdiction j = jurisdiction(c.jurisdiction(), user);
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = resolveTerritory(c, j, user, errors);
        checkHousehold(c, j, errors);
        String code = c.code() == null || c.code().isBlank() ? null : c.code().strip();
        if (code != null && jdbc.sql("select count(*) from household where jurisdiction_id = :j and code = :c")
                .param("j", j.id()).param("c", code).query(Long.class).single() > 0) {
            errors.add(new FieldError("code", "Ya existe un hogar con el código " + code + " en " + j.name() + "."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = jdbc.sql("""
                        insert into household (jurisdiction_id, code, territory_id, territory_path, address, latitude,
                          longitude, estrato, sisben_group, priority, field_team_id, created_by)
                        values (:j, coalesce(:code, 'tmp-' || gen_random_uuid()), :t, :p, :a, :lat, :lon, :e, :s, :pr, :ft, :u)
                        returning id""")
                .param("j", j.id()).param("code", code).param("t", t.id()).param("p", t.path())
                .param("a", trim(c.address())).param("lat", c.latitude()).param("lon", c.longitude())
                .param("e", c.estrato()).param("s", sisben(c.sisbenGroup())).param("pr", Boolean.TRUE.equals(c.priority()))
                .param("ft", c.fieldTeamId()).param("u", user.username()).query(Long.class).single();
        if (code == null) {
            jdbc.sql("update household set code = :c where id = :id").param("c", "H-" + id).param("id", id).update();
        }
        HouseholdView v = household(id);
        audit.record("CREATE", "Household", id, j.id(), "Hogar " + v.code() + " en " + t.name(), null, v);
        return v;
    }

    @Transactional
    HouseholdView updateHousehold(long id, HouseholdCommand c, CurrentUser user) {
        requireWriter(user);
        householdRow(id, user);
        HouseholdView before = household(id);
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        TerritoryView t = c.territoryId() == null && c.territoryCode() == null && c.latitude() == null
                ? territories.byId(before.territoryId()).orElseThrow() : resolveTerritory(c, j, user, errors);
        checkHousehold(c, j, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int n = jdbc.sql("""
                        update household set territory_id = :t, territory_path = :p, address = :a, latitude = :lat,
                          longitude = :lon, estrato = :e, sisben_group = :s, priority = :pr, field_team_id = :ft,
                          updated_at = now(), version = version + 1 where id = :id and version = :v""")
                .param("t", t.id()).param("p", t.path()).param("a", trim(c.address())).param("lat", c.latitude())
                .param("lon", c.longitude()).param("e", c.estrato()).param("s", sisben(c.sisbenGroup()))
                .param("pr", Boolean.TRUE.equals(c.priority())).param("ft", c.fieldTeamId()).param("id", id)
                .param("v", c.version() == null ? -1 : c.version()).update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó este hogar; recargue la página (versión "
                    + before.version() + ").");
        }
        jdbc.sql("update person set territory_id = :t, territory_path = :p where household_id = :h")
                .param("t", t.id()).param("p", t.path()).param("h", id).update();
        HouseholdView after = household(id);
        audit.record("UPDATE", "Household", id, j.id(), "Hogar " + after.code(), before, after);
        alerts.evaluateHousehold(id);
        return after;
    }

    private void checkHousehold(HouseholdCommand c, Jurisdiction j, List<FieldError> errors) {
        if (c.estrato() != null && (c.estrato() < 0 || c.estrato() > 6)) {
            errors.add(new FieldError("estrato", "El estrato debe estar entre 0 y 6."));
        }
        if (c.sisbenGroup() != null && !c.sisbenGroup().isBlank() && sisben(c.sisbenGroup()) == null) {
            errors.add(new FieldError("sisbenGroup", "El grupo SISBEN IV '" + c.sisbenGroup()
                    + "' no es válido: use A1 a A5, B1 a B7, C1 a C18 o D1 a D21."));
        }
        if (c.address() != null && c.address().length() > 300) {
            errors.add(new FieldError("address", "La dirección admite 300 caracteres."));
        }
        if (c.fieldTeamId() != null && fieldTeam(j.id(), c.fieldTeamId()).isEmpty()) {
            errors.add(new FieldError("fieldTeamId", "El equipo " + c.fieldTeamId() + " no existe en " + j.name() + "."));
        }
        if (c.code() != null && c.code().length() > 40) {
            errors.add(new FieldError("code", "El código del hogar admite 40 caracteres."));
        }
    }

    static String sisben(String g) {
        if (g == null || g.isBlank()) {
            return null;
        }
        String s = g.strip().toUpperCase();
        if (!s.matches("[A-D]\\d{1,2}")) {
            return null;
        }
        int n = Integer.parseInt(s.substring(1));
        int max = switch (s.charAt(0)) {
            case 'A' -> 5;
            case 'B' -> 7;
            case 'C' -> 18;
            default -> 21;
        };
        return n >= 1 && n <= max ? s : null;
    }

    private TerritoryView resolveTerritory(HouseholdCommand c, Jurisdiction j, CurrentUser user, List<FieldError> errors) {
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        TerritoryView t = null;
        if (c.territoryId() != null) {
            t = territories.byId(c.territoryId()).orElse(null);
        } else if (c.territoryCode() != null && !c.territoryCode().isBlank()) {
            t = territories.byCode(j.id(), c.territoryCode().strip()).orElse(null);
        } else if (c.latitude() != null && c.longitude() != null) {
            if (c.latitude() < -90 || c.latitude() > 90 || c.longitude() < -180 || c.longitude() > 180) {
                errors.add(new FieldError("latitude", "La latitud o la longitud están fuera de rango."));
                return null;
            }
            Optional<LocatedTerritory> located = locator.locate(c.latitude(), c.longitude(), j.id(), user);
            if (located.isEmpty()) {
                errors.add(new FieldError("latitude", "El punto (" + c.latitude() + ", " + c.longitude()
                        + ") no cae en ningún territorio de su alcance en " + j.name() + "."));
                return null;
            }
            t = territories.byId(located.get().id()).orElse(null);
        } else {
            errors.add(new FieldError("territoryId", "Indique el territorio del hogar, o su latitud y longitud."));
            return null;
        }
        if (t == null || t.jurisdictionId() != j.id()) {
            errors.add(new FieldError("territoryId", "El territorio indicado no existe en " + j.name() + "."));
            return null;
        }
        if (!scope.includes(t.jurisdictionId(), t.path())) {
            errors.add(new FieldError("territoryId", "El territorio " + t.name() + " está fuera de su alcance territorial."));
            return null;
        }
        return t;
    }

    HouseholdView household(long id) {
        return jdbc.sql(HOUSEHOLD_SELECT + " where h.id = :id").param("id", id).query(PersonService::householdView)
                .optional().orElseThrow(() -> new NotFoundException("El hogar " + id + " no existe."));
    }

    @Transactional
    HouseholdView viewHousehold(long id, CurrentUser user) {
        householdRow(id, user);
        return household(id);
    }

    static final String HOUSEHOLD_SELECT = """
            select h.*, t.name as territory_name, ft.name as team_name,
              (select count(*) from person p where p.household_id = h.id and p.merged_into is null) as members,
              (select count(*) from alert a where a.household_id = h.id and a.status <> 'CERRADA') as open_alerts
            from household h join territory t on t.id = h.territory_id left join field_team ft on ft.id = h.field_team_id""";

    static HouseholdView householdView(ResultSet rs, int n) throws SQLException {
        return new HouseholdView(rs.getLong("id"), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getLong("territory_id"), rs.getString("territory_name"), rs.getString("territory_path"),
                rs.getString("address"), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                rs.getObject("estrato") == null ? null : rs.getInt("estrato"), rs.getString("sisben_group"),
                rs.getBoolean("priority"), (Long) rs.getObject("field_team_id"), rs.getString("team_name"),
                rs.getObject("next_visit_on", LocalDate.class), rs.getInt("members"), rs.getInt("open_alerts"),
                rs.getInt("version"));
    }

    PageResult<HouseholdView> households(Long jurisdictionId, String territoryPathPrefix, Boolean priority,
                                         String q, CurrentUser user, PageRequest page) {
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
        StringBuilder where = new StringBuilder(" where h.territory_path like :scope");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", scope.likePattern());
        Long j = scope.jurisdictionId() != null ? scope.jurisdictionId() : jurisdictionId;
        if (j != null) {
            where.append(" and h.jurisdiction_id = :j");
            params.put("j", j);
        }
        if (territoryPathPrefix != null) {
            where.append(" and h.territory_path like :tp");
            params.put("tp", territoryPathPrefix + "%");
        }
        if (priority != null) {
            where.append(" and h.priority = :pr");
            params.put("pr", priority);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (h.code = :q or h.address ilike :ql)");
            params.put("q", q.strip());
            params.put("ql", "%" + q.strip() + "%");
        }
        long total = jdbc.sql("select count(*) from household h" + where).params(params).query(Long.class).single();
        List<HouseholdView> items = jdbc.sql(HOUSEHOLD_SELECT + where + " order by h.priority desc, h.code limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(PersonService::householdView).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    // ---------------------------------------------------------------- persons

    @Transactional
    PersonView createPerson(PersonCommand c, CurrentUser user) {
        requireWriter(user);
        Placement place = placement(c, user);
        Jurisdiction j = jurisdictions.byId(place.jurisdictionId()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        Checked k = checkPerson(c, j, null, errors);
        boolean minor = k.age() != null && k.age() < 18;
        errors.addAll(consents.check(c.authorization(), minor, k.sensitive()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = insertPerson(c, k, j.id(), place, user.username());
        consents.grant(id, j.id(), c.authorization(), minor, k.sensitive());
        PersonView v = person(id);
        audit.record("CREATE", "Person", id, j.id(), "Persona " + v.documentType() + " " + nz(v.documentNumber()), null, v);
        if (c.householdId() != null) {
            alerts.evaluateHousehold(c.householdId());
        }
        return v;
    }

    long insertPerson(PersonCommand c, Checked k, long jurisdictionId, Placement place, String username) {
        return jdbc.sql("""
                        insert into person (jurisdiction_id, household_id, relation, territory_id, territory_path,
                          document_type, document_number, first_name, middle_name, last_name, second_last_name, name_key,
                          birth_date, sex, gender_identity, ethnicity, disability, disability_certified, population_groups,
                          phone, email, created_by)
                        values (:j, :h, :rel, :t, :p, :dt, :dn, :fn, :mn, :ln, :sln, :nk, :bd, :sex, :gi, :eth, :dis, :cert,
                          :pg, :ph, :em, :u) returning id""")
                .params(personParams(c, k)).param("j", jurisdictionId).param("h", c.householdId()).param("t", place.territoryId())
                .param("p", place.path()).param("u", username).query(Long.class).single();
    }

    @Transactional
    PersonView updatePerson(long id, PersonCommand c, CurrentUser user) {
        requireWriter(user);
        personRow(id, user);
        PersonView before = person(id);
        requireUsable(before);
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        Checked k = checkPerson(c, j, id, errors);
        if (k.sensitive() && consents.ofPerson(id).stream().noneMatch(a -> a.active() && a.sensitiveData())) {
            errors.add(new FieldError("authorization.sensitiveData", "La autorización vigente no cubre datos sensibles "
                    + "(salud, etnia o discapacidad): registre una nueva autorización antes de guardarlos."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (c.authorization() != null) {
            consents.grant(id, j.id(), c.authorization(), k.age() != null && k.age() < 18, k.sensitive());
        }
        int n = jdbc.sql("""
                        update person set relation = :rel, document_type = :dt, document_number = :dn, first_name = :fn,
                          middle_name = :mn, last_name = :ln, second_last_name = :sln, name_key = :nk, birth_date = :bd,
                          sex = :sex, gender_identity = :gi, ethnicity = :eth, disability = :dis, disability_certified = :cert,
                          population_groups = :pg, phone = :ph, email = :em, updated_at = now(), version = version + 1
                        where id = :id and version = :v""")
                .params(personParams(c, k)).param("id", id).param("v", c.version() == null ? -1 : c.version()).update();
        if (n == 0) {
            throw new ConflictException("Otra persona modificó este registro; recargue la página (versión "
                    + before.version() + ").");
        }
        PersonView after = person(id);
        audit.record("UPDATE", "Person", id, j.id(), "Persona " + id, before, after);
        if (after.householdId() != null) {
            alerts.evaluateHousehold(after.householdId());
        }
        return after;
    }

    record Placement(long jurisdictionId, long territoryId, String path) {
    }

    private Placement placement(PersonCommand c, CurrentUser user) {
        if (c.householdId() != null) {
            householdRow(c.householdId(), user);
            HouseholdView h = household(c.householdId());
            return new Placement(h.jurisdictionId(), h.territoryId(), h.territoryPath());
        }
        if (c.territoryId() == null) {
            throw new ValidationException("householdId", "Indique el hogar de la persona o, si no pertenece a un hogar "
                    + "caracterizado, su territorio.");
        }
        TerritoryView t = territories.byId(c.territoryId())
                .orElseThrow(() -> new ValidationException("territoryId", "El territorio " + c.territoryId() + " no existe."));
        if (!territories.scopeOf(user, Capability.READ_PERSONAL_DATA).includes(t.jurisdictionId(), t.path())) {
            throw new ValidationException("territoryId", "El territorio " + t.name() + " está fuera de su alcance territorial.");
        }
        return new Placement(t.jurisdictionId(), t.id(), t.path());
    }

    record Checked(DocumentType type, String number, Integer age, boolean sensitive, String nameKey) {
    }

    Checked checkPerson(PersonCommand c, Jurisdiction j, Long selfId, List<FieldError> errors) {
        return checkPerson(c, j, selfId, errors, true);
    }

    /** {@code checkDatabase} false leaves the duplicate-document check to the caller (bulk imports batch it). */
    Checked checkPerson(PersonCommand c, Jurisdiction j, Long selfId, List<FieldError> errors, boolean checkDatabase) {
        return checkPerson(c, j, selfId, errors, checkDatabase, LocalDate.now(j.zoneId()));
    }

    /** With {@code today} in the jurisdiction's time zone given by the caller (a bulk import reads the clock once). */
    Checked checkPerson(PersonCommand c, Jurisdiction j, Long selfId, List<FieldError> errors, boolean checkDatabase,
                        LocalDate today) {
        Integer age = null;
        if (c.birthDate() == null) {
            errors.add(new FieldError("birthDate", "Indique la fecha de nacimiento."));
        } else if (c.birthDate().isAfter(today)) {
            errors.add(new FieldError("birthDate", "La fecha de nacimiento no puede ser futura."));
        } else if (c.birthDate().isBefore(today.minusYears(120))) {
            errors.add(new FieldError("birthDate", "La fecha de nacimiento indica más de 120 años; revísela."));
        } else {
            age = Period.between(c.birthDate(), today).getYears();
        }
        DocumentType type = DocumentType.parse(c.documentType());
        String number = null;
        if (type == null) {
            errors.add(new FieldError("documentType", "El tipo de documento '" + nz(c.documentType())
                    + "' no es válido: use CC, TI, RC, CE, PPT, PEP, PA (pasaporte) o SD (sin documento)."));
        } else {
            String problem = type.problem(c.documentNumber(), age, j.country());
            if (problem != null) {
                errors.add(new FieldError("documentNumber", problem));
            } else {
                number = type.normalise(c.documentNumber());
                if (number != null && checkDatabase) {
                    Optional<PersonRef> same = personByDocument(j.id(), type, number);
                    if (same.isPresent() && (selfId == null || same.get().id() != selfId)) {
                        errors.add(new FieldError("documentNumber", "Ya existe una persona con " + type.name() + " "
                                + number + " en " + j.name() + " (registro " + same.get().id() + "): no se duplican personas."));
                    }
                }
            }
        }
        if (blank(c.firstName())) {
            errors.add(new FieldError("firstName", "Indique el primer nombre."));
        }
        if (blank(c.lastName())) {
            errors.add(new FieldError("lastName", "Indique el primer apellido."));
        }
        for (String[] f : new String[][]{{"firstName", c.firstName()}, {"middleName", c.middleName()},
                {"lastName", c.lastName()}, {"secondLastName", c.secondLastName()}}) {
            if (f[1] != null && f[1].length() > 100) {
                errors.add(new FieldError(f[0], "El nombre o apellido admite 100 caracteres."));
            }
        }
        if (c.sex() != null && !c.sex().isBlank() && !SEXES.contains(c.sex().strip().toUpperCase())) {
            errors.add(new FieldError("sex", "El sexo debe ser F (mujer), M (hombre) o I (intersexual)."));
        }
        if (c.ethnicity() != null && !c.ethnicity().isBlank() && !ETHNICITIES.contains(c.ethnicity().strip().toUpperCase())) {
            errors.add(new FieldError("ethnicity", "La pertenencia étnica debe ser una de " + String.join(", ",
                    new java.util.TreeSet<>(ETHNICITIES)) + "."));
        }
        if (c.householdId() != null && (c.relation() == null || !RELATIONS.contains(c.relation().strip().toUpperCase()))) {
            errors.add(new FieldError("relation", "Indique el parentesco con la jefatura del hogar: " + String.join(", ",
                    new java.util.TreeSet<>(RELATIONS)) + "."));
        }
        if (Boolean.TRUE.equals(c.disabilityCertified()) && !Boolean.TRUE.equals(c.disability())) {
            errors.add(new FieldError("disabilityCertified", "Solo una persona con discapacidad tiene certificado de discapacidad."));
        }
        if (c.email() != null && !c.email().isBlank() && !c.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", "El correo electrónico '" + c.email() + "' no es válido."));
        }
        if (c.phone() != null && !c.phone().isBlank() && !PHONE.matcher(c.phone().strip()).matches()) {
            errors.add(new FieldError("phone", "El teléfono '" + c.phone() + "' no es válido (7 a 20 dígitos)."));
        }
        boolean sensitive = Boolean.TRUE.equals(c.disability())
                || (c.ethnicity() != null && !c.ethnicity().isBlank() && !"NINGUNA".equalsIgnoreCase(c.ethnicity().strip()));
        return new Checked(type, number, age, sensitive, nameKey(c.firstName(), c.middleName(), c.lastName(), c.secondLastName()));
    }

    static String nameKey(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.length() == 0 ? "" : " ").append(p.strip());
            }
        }
        return TextKeys.key(sb.toString());
    }

    private static Map<String, Object> personParams(PersonCommand c, Checked k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rel", c.relation() == null ? null : c.relation().strip().toUpperCase());
        m.put("dt", k.type().name());
        m.put("dn", k.number());
        m.put("fn", c.firstName().strip());
        m.put("mn", trim(c.middleName()));
        m.put("ln", c.lastName().strip());
        m.put("sln", trim(c.secondLastName()));
        m.put("nk", k.nameKey());
        m.put("bd", c.birthDate());
        m.put("sex", c.sex() == null || c.sex().isBlank() ? null : c.sex().strip().toUpperCase());
        m.put("gi", trim(c.genderIdentity()));
        m.put("eth", c.ethnicity() == null || c.ethnicity().isBlank() ? null : c.ethnicity().strip().toUpperCase());
        m.put("dis", Boolean.TRUE.equals(c.disability()));
        m.put("cert", Boolean.TRUE.equals(c.disabilityCertified()));
        m.put("pg", trim(c.populationGroups()));
        m.put("ph", trim(c.phone()));
        m.put("em", trim(c.email()));
        return m;
    }

    static final String PERSON_SELECT = """
            select p.*, t.name as territory_name, h.code as household_code from person p
            join territory t on t.id = p.territory_id left join household h on h.id = p.household_id""";

    PersonView person(long id) {
        return jdbc.sql(PERSON_SELECT + " where p.id = :id").param("id", id).query(this::personView).optional()
                .orElseThrow(() -> new NotFoundException("La persona " + id + " no existe."));
    }

    PersonView personView(ResultSet rs, int n) throws SQLException {
        LocalDate birth = rs.getObject("birth_date", LocalDate.class);
        Integer age = birth == null ? null
                : Period.between(birth, org.minga.platform.Times.todayIn(rs.getLong("jurisdiction_id"))).getYears();
        List<String> sensitive = new ArrayList<>();
        String eth = rs.getString("ethnicity");
        if (eth != null && !"NINGUNA".equals(eth)) {
            sensitive.add("ethnicity");
        }
        if (rs.getBoolean("disability")) {
            sensitive.add("disability");
            sensitive.add("disabilityCertified");
        }
        String full = String.join(" ", java.util.stream.Stream.of(rs.getString("first_name"), rs.getString("middle_name"),
                rs.getString("last_name"), rs.getString("second_last_name")).filter(s -> s != null && !s.isBlank()).toList());
        return new PersonView(rs.getLong("id"), rs.getLong("jurisdiction_id"), (Long) rs.getObject("household_id"),
                rs.getString("household_code"), rs.getString("relation"), rs.getLong("territory_id"),
                rs.getString("territory_name"), rs.getString("document_type"), rs.getString("document_number"),
                rs.getString("first_name"), rs.getString("middle_name"), rs.getString("last_name"),
                rs.getString("second_last_name"), full, birth, age, rs.getString("sex"), rs.getString("gender_identity"),
                eth, rs.getBoolean("disability"), rs.getBoolean("disability_certified"),
                rs.getString("population_groups"), rs.getString("phone"), rs.getString("email"),
                rs.getBoolean("processing_stopped"), rs.getObject("anonymised_at") != null,
                (Long) rs.getObject("merged_into"), sensitive, rs.getInt("version"));
    }

    @Transactional
    PersonView viewPerson(long id, CurrentUser user) {
        personRow(id, user);
        return person(id);
    }

    List<PersonView> members(long householdId) {
        return jdbc.sql(PERSON_SELECT + " where p.household_id = :h and p.merged_into is null order by p.relation = 'JEFE' desc, p.birth_date")
                .param("h", householdId).query(this::personView).list();
    }

    PageResult<PersonView> persons(Long jurisdictionId, String document, String name, CurrentUser user, PageRequest page) {
        AccessScope scope = territories.scopeOf(user, Capability.READ_PERSONAL_DATA);
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
            String words = nameWords(name);
            if (words == null) {
                where.append(" and p.name_key like :nk");
                params.put("nk", "%" + TextKeys.key(name) + "%");
            } else {
                // every word of the query starts a word of the name, in any order (index person_name_words_idx)
                where.append(" and to_tsvector('simple', p.name_key) @@ to_tsquery('simple', :nw)");
                params.put("nw", words);
            }
        }
        long total = jdbc.sql("select count(*) from person p" + where).params(params).query(Long.class).single();
        List<PersonView> items = jdbc.sql(PERSON_SELECT + where + " order by p.last_name, p.first_name, p.id limit :l offset :o")
                .params(params).param("l", page.size()).param("o", page.offset()).query(this::personView).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * The words of a name query as a prefix query ("mar:* & gom:*"), accents and case aside; null when it has no
     * word of letters or digits.
     */
    static String nameWords(String name) {
        StringBuilder q = new StringBuilder();
        for (String w : TextKeys.key(name).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                q.append(q.length() == 0 ? "" : " & ").append(w).append(":*");
            }
        }
        return q.length() == 0 ? null : q.toString();
    }

    /** Probable duplicates: same birth date and a similar name (trigram similarity at least 0.6). */
    List<PersonView> probableDuplicates(long id) {
        return jdbc.sql(PERSON_SELECT + """

                         join person me on me.id = :id
                         where p.jurisdiction_id = me.jurisdiction_id and p.birth_date = me.birth_date and p.id <> me.id
                           and p.merged_into is null and p.anonymised_at is null and similarity(p.name_key, me.name_key) >= 0.6
                         order by p.id limit 20""").param("id", id).query(this::personView).list();
    }

    private static void requireUsable(PersonView p) {
        if (p.anonymised()) {
            throw new ConflictException("La persona fue anonimizada por solicitud de supresión: sus datos no se usan.");
        }
        if (p.mergedInto() != null) {
            throw new ConflictException("Este registro se fusionó con la persona " + p.mergedInto() + ": use ese registro.");
        }
        if (p.processingStopped()) {
            throw new ConflictException("La persona revocó su autorización de tratamiento de datos: sus datos no se "
                    + "usan ni se modifican hasta que registre una nueva autorización.");
        }
    }

    /** Merges {@code duplicateId} into {@code keepId}: the duplicate's records move, its row stays as history. */
    @Transactional
    PersonView merge(long keepId, long duplicateId, CurrentUser user) {
        requireWriter(user);
        if (keepId == duplicateId) {
            throw new ValidationException("duplicateId", "Una persona no se fusiona consigo misma.");
        }
        Row keep = personRow(keepId, user);
        Row dup = personRow(duplicateId, user);
        if (keep.jurisdictionId() != dup.jurisdictionId()) {
            throw new ValidationException("duplicateId", "Solo se fusionan personas de la misma jurisdicción.");
        }
        PersonView k = person(keepId);
        PersonView d = person(duplicateId);
        requireUsable(k);
        requireUsable(d);
        for (String table : List.of("characterization", "alert", "attention")) {
            jdbc.sql("update " + table + " set person_id = :k where person_id = :d").param("k", keepId).param("d", duplicateId).update();
        }
        jdbc.sql("""
                insert into attention_participant (attention_id, person_id)
                select attention_id, :k from attention_participant where person_id = :d on conflict do nothing""")
                .param("k", keepId).param("d", duplicateId).update();
        jdbc.sql("delete from attention_participant where person_id = :d").param("d", duplicateId).update();
        jdbc.sql("update data_authorization set person_id = :k where person_id = :d").param("k", keepId).param("d", duplicateId).update();
        jdbc.sql("update person set merged_into = :k, version = version + 1, updated_at = now() where id = :d")
                .param("k", keepId).param("d", duplicateId).update();
        audit.record("MERGE", "Person", keepId, keep.jurisdictionId(), "Persona " + duplicateId + " fusionada en " + keepId,
                d, k);
        return person(keepId);
    }

    @EventListener
    void onWithdrawn(AuthorizationWithdrawn e) {
        jdbc.sql("update person set processing_stopped = true, version = version + 1 where id = :id").param("id", e.personId()).update();
        jdbc.sql("update alert set status = 'CERRADA', closed_at = now(), closing_note = :n where person_id = :id and status <> 'CERRADA'")
                .param("n", "Cerrada: la persona revocó su autorización de tratamiento de datos.").param("id", e.personId()).update();
        audit.record("STOP_PROCESSING", "Person", e.personId(), e.jurisdictionId(),
                "Sin autorización vigente: los datos de la persona dejan de usarse", null, null);
    }

    // ---------------------------------------------------------------- PersonalDataHolder

    @Override
    public DataSubject requireVisible(long personId, CurrentUser user) {
        Row r = personRow(personId, user);
        PersonView p = person(personId);
        return new DataSubject(personId, r.jurisdictionId(), p.fullName(), p.anonymised());
    }

    @Override
    public Optional<DataSubject> subject(long personId) {
        return jdbc.sql("select p.jurisdiction_id from person p where p.id = :id").param("id", personId).query(Long.class)
                .optional().map(j -> {
                    PersonView p = person(personId);
                    return new DataSubject(personId, j, p.fullName(), p.anonymised());
                });
    }

    @Override
    public List<DataSubject> subjectsByDocument(long jurisdictionId, String documentNumber) {
        if (documentNumber == null || documentNumber.isBlank()) {
            return List.of();
        }
        // the forms every document type stores: upper case, no dots or spaces, no hyphen except in a RUN
        String kept = documentNumber.strip().toUpperCase().replace(".", "").replace(" ", "");
        List<Long> ids = jdbc.sql("""
                        select p.id from person p where p.jurisdiction_id = :j and p.document_number in (:n)
                          and p.merged_into is null order by p.id limit 20""")
                .param("j", jurisdictionId).param("n", List.of(kept, kept.replace("-", ""))).query(Long.class).list();
        return ids.stream().map(id -> subject(id).orElseThrow()).toList();
    }

    // ---------------------------------------------------------------- Households API

    @Override
    public PersonRef requireUsablePerson(long personId, CurrentUser user) {
        Row r = personRow(personId, user);
        PersonView p = person(personId);
        requireUsable(p);
        return new PersonRef(p.id(), p.jurisdictionId(), p.householdId(), p.territoryId(), r.path(), p.fullName());
    }

    @Override
    @Transactional
    public PersonRef registerPerson(NewPerson n, long territoryId, CurrentUser user) {
        requireWriter(user);
        TerritoryView t = territories.byId(territoryId)
                .orElseThrow(() -> new ValidationException("territoryId", "El territorio " + territoryId + " no existe."));
        Jurisdiction j = jurisdictions.byId(t.jurisdictionId()).orElseThrow();
        PersonCommand c = new PersonCommand(null, null, territoryId, n.documentType(), n.documentNumber(), n.firstName(),
                n.middleName(), n.lastName(), n.secondLastName(), n.birthDate(), n.sex(), null, null, false, false,
                n.populationGroups(), n.phone(), null, n.authorization(), null);
        List<FieldError> errors = new ArrayList<>();
        Checked k = checkPerson(c, j, null, errors);
        boolean minor = k.age() != null && k.age() < 18;
        errors.addAll(consents.check(c.authorization(), minor, k.sensitive()));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = insertPerson(c, k, j.id(), new Placement(j.id(), t.id(), t.path()), user.username());
        consents.grant(id, j.id(), c.authorization(), minor, k.sensitive());
        PersonView v = person(id);
        audit.record("CREATE", "Person", id, j.id(), "Persona " + v.documentType() + " " + nz(v.documentNumber()), null, v);
        return new PersonRef(v.id(), v.jurisdictionId(), null, v.territoryId(), t.path(), v.fullName());
    }

    @Override
    public Optional<PersonRef> usablePerson(long personId) {
        return jdbc.sql("""
                        select p.id, p.jurisdiction_id, p.household_id, p.territory_id, p.territory_path, p.first_name || ' ' || p.last_name
                        from person p where p.id = :id and p.merged_into is null and p.anonymised_at is null
                          and not p.processing_stopped""")
                .param("id", personId)
                .query((rs, n) -> new PersonRef(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6))).optional()
                .filter(p -> consents.hasActive(p.id()));
    }

    @Override
    public Optional<PersonFacts> facts(long personId) {
        return jdbc.sql("""
                        select p.id, p.birth_date, p.sex, p.disability, p.population_groups, p.ethnicity, h.sisben_group,
                               p.territory_path, t.name
                        from person p join territory t on t.id = p.territory_id left join household h on h.id = p.household_id
                        where p.id = :id""")
                .param("id", personId)
                .query((rs, n) -> new PersonFacts(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class), rs.getString(3),
                        rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .optional();
    }

    @Override
    public Optional<PersonContact> contact(long personId) {
        return jdbc.sql("""
                        select p.id, p.document_type, p.document_number, p.phone, p.email, h.address
                        from person p left join household h on h.id = p.household_id
                        where p.id = :id and p.anonymised_at is null""")
                .param("id", personId)
                .query((rs, n) -> new PersonContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .optional();
    }

    @Override
    public HouseholdRef requireVisibleHousehold(long householdId, CurrentUser user) {
        householdRow(householdId, user);
        HouseholdView h = household(householdId);
        return new HouseholdRef(h.id(), h.jurisdictionId(), h.code(), h.territoryId(), h.territoryPath());
    }

    @Override
    public Optional<FieldTeamRef> fieldTeam(long jurisdictionId, long teamId) {
        return jdbc.sql("select id, jurisdiction_id, code, name from field_team where id = :id and jurisdiction_id = :j")
                .param("id", teamId).param("j", jurisdictionId)
                .query((rs, n) -> new FieldTeamRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).optional();
    }

    @Override
    public Optional<FieldTeamRef> fieldTeamByCode(long jurisdictionId, String code) {
        return jdbc.sql("select id, jurisdiction_id, code, name from field_team where code = :c and jurisdiction_id = :j")
                .param("c", code).param("j", jurisdictionId)
                .query((rs, n) -> new FieldTeamRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).optional();
    }

    @Override
    public Optional<PersonRef> personByDocument(long jurisdictionId, DocumentType type, String number) {
        return jdbc.sql("""
                        select p.id, p.jurisdiction_id, p.household_id, p.territory_id, p.territory_path, p.first_name || ' ' || p.last_name
                        from person p where p.jurisdiction_id = :j and p.document_type = :t and p.document_number = :n
                          and p.merged_into is null""")
                .param("j", jurisdictionId).param("t", type.name()).param("n", type.normalise(number))
                .query((rs, n) -> new PersonRef(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6))).optional();
    }

    @Override
    public List<HouseholdRef> householdsOf(long jurisdictionId, int limit) {
        return jdbc.sql("select id, jurisdiction_id, code, territory_id, territory_path from household where jurisdiction_id = :j order by code limit :l")
                .param("j", jurisdictionId).param("l", limit)
                .query((rs, n) -> new HouseholdRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5))).list();
    }

    @Override
    public List<PersonRef> usableMembers(long householdId) {
        return jdbc.sql("""
                        select id, jurisdiction_id, household_id, territory_id, territory_path, first_name || ' ' || last_name
                        from person where household_id = :h and merged_into is null and not processing_stopped
                          and anonymised_at is null order by id""").param("h", householdId)
                .query((rs, n) -> new PersonRef(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6))).list();
    }

    // ---------------------------------------------------------------- helpers

    Jurisdiction jurisdiction(String code, CurrentUser user) {
        if (code == null || code.isBlank()) {
            if (user.jurisdictionId() == null) {
                throw new ValidationException("jurisdiction", "Indique la jurisdicción (por ejemplo 11001).");
            }
            return jurisdictions.byId(user.jurisdictionId()).orElseThrow();
        }
        return jurisdictions.requireVisible(code.strip(), user);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
