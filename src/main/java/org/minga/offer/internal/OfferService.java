package org.minga.offer.internal;

import org.minga.platform.Capability;
import org.minga.platform.AccessPolicy;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.actor.Sector;
import org.minga.offer.Channel;
import org.minga.offer.EligibilityAnswer;
import org.minga.offer.Need;
import org.minga.offer.PersonProfile;
import org.minga.offer.PopulationGroup;
import org.minga.offer.ServiceCard;
import org.minga.offer.ServiceOffer;
import org.minga.offer.Sex;
import org.minga.offer.SisbenGroups;
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
import org.minga.platform.Violations;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers and finds services, answers eligibility and feeds the public directory and the HSDS export. */
@Service
public class OfferService implements ServiceOffer {

    static final String ENTITY = "service";

    static final String SELECT = """
            select s.*, a.uid as provider_uid, a.name as provider_name
            from offer_service s join actor a on a.id = s.provider_id
            """;

    static final String CARD = """
            select s.id, s.uid, s.code, s.name, s.description, s.sector, a.name as provider_name, s.min_age, s.max_age,
                   s.sex, s.population_groups, s.sisben_groups, s.offered_everywhere
            from offer_service s join actor a on a.id = s.provider_id
            """;

    /**
     * The eligibility rules in SQL: the same as {@link org.minga.offer.EligibilityRules}; an unknown part of
     * the profile (null) fails the rule that needs it. Wrapped in coalesce so "not eligible" is its exact complement.
     */
    static final String ELIGIBLE = """
            coalesce((s.min_age is null or s.min_age <= cast(:age as integer))
              and (s.max_age is null or s.max_age >= cast(:age as integer))
              and (s.sex = 'ANY' or s.sex = cast(:sex as varchar))
              and (cardinality(s.population_groups) = 0 or s.population_groups && cast(:groups as varchar[]))
              and (cardinality(s.sisben_groups) = 0 or s.sisben_groups @> array[cast(:sisben as varchar)])
              and (s.offered_everywhere or s.area_paths && cast(:ancestors as varchar[])), false)
            """;

    /** The same rules on the narrow {@code offer_eligibility} row (alias e), with the SISBEN groups as a bit mask. */
    static final String ELIGIBLE_FAST = """
            coalesce((e.min_age is null or e.min_age <= cast(:age as integer))
              and (e.max_age is null or e.max_age >= cast(:age as integer))
              and (e.sex = 'ANY' or e.sex = cast(:sex as varchar))
              and (cardinality(e.population_groups) = 0 or e.population_groups && cast(:groups as varchar[]))
              and (e.sisben_mask = 0 or (e.sisben_mask & cast(:sisbenBit as bigint)) <> 0)
              and (e.offered_everywhere or e.area_paths && cast(:ancestors as varchar[])), false)
            """;

    private final JdbcClient jdbc;
    private final Validator validator;
    private final AuditLog audit;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final Actors actors;

    OfferService(JdbcClient jdbc, Validator validator, AuditLog audit, Jurisdictions jurisdictions,
            Territories territories, Actors actors) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.jurisdictions = jurisdictions;
        this.territories = territories;
        this.actors = actors;
    }

    public static boolean canEdit(CurrentUser user, long jurisdictionId) {
        return AccessPolicy.reachesJurisdiction(user, Capability.MANAGE_ACTORS_AND_OFFER, jurisdictionId);
    }

    // ---- reads -------------------------------------------------------------------------------------

    public Optional<ServiceView> byId(long id) {
        return withChildren(jdbc.sql(SELECT + "where s.id = :id").param("id", id).query(OfferService::map).list())
                .stream().findFirst();
    }

    public Optional<ServiceView> byUid(UUID uid) {
        return withChildren(jdbc.sql(SELECT + "where s.uid = :uid").param("uid", uid).query(OfferService::map).list())
                .stream().findFirst();
    }

    /** The services with these ids, in the order given (missing ids are left out): three queries for any number. */
    public List<ServiceView> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ServiceView> found = new HashMap<>();
        withChildren(jdbc.sql(SELECT + "where s.id in (:ids)").param("ids", ids).query(OfferService::map).list())
                .forEach(v -> found.put(v.id(), v));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    Optional<Long> idByCode(long jurisdictionId, String code) {
        return jdbc.sql("select id from offer_service where jurisdiction_id = :j and lower(code) = lower(:c)")
                .param("j", jurisdictionId).param("c", code.strip()).query(Long.class).optional();
    }

    public ServiceView requireVisible(long id, CurrentUser user) {
        return byId(id).filter(
                s -> AccessPolicy.reachesJurisdiction(user, Capability.READ_TERRITORIAL_INFO, s.jurisdictionId()))
                .orElseThrow(() -> new NotFoundException("No existe el servicio " + id + "."));
    }

    /** A filter of the directory and of the management list. */
    public record Search(String query, TerritoryView territory, Sector sector, Need need, PopulationGroup group,
            Long providerId, boolean onlyActive) {
    }

    /** Services of a jurisdiction matching the search, in name order. Served by the trigram and path indexes. */
    public PageResult<ServiceCard> search(long jurisdictionId, Search search, PageRequest page) {
        StringBuilder where = new StringBuilder("where s.jurisdiction_id = :j");
        Map<String, Object> params = new HashMap<>();
        params.put("j", jurisdictionId);
        if (search.onlyActive()) {
            where.append(" and s.status = 'ACTIVE'");
        }
        List<String> words = words(search.query());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and s.search_key like :w").append(i);
            params.put("w" + i, "%" + words.get(i) + "%");
        }
        if (search.sector() != null) {
            where.append(" and s.sector = :sector");
            params.put("sector", search.sector().name());
        }
        if (search.need() != null) {
            where.append(" and s.needs @> array[cast(:need as varchar)]");
            params.put("need", search.need().name());
        }
        if (search.group() != null) {
            where.append(" and s.population_groups @> array[cast(:grp as varchar)]");
            params.put("grp", search.group().name());
        }
        if (search.providerId() != null) {
            where.append(" and s.provider_id = :provider");
            params.put("provider", search.providerId());
        }
        if (search.territory() != null) {
            where.append(" ").append("""
                    and (s.offered_everywhere or s.area_paths && cast(:ancestors as varchar[])
                      or exists (select 1 from offer_service_territory st where st.service_id = s.id
                        and st.territory_path like :prefix))""");
            params.put("ancestors", ancestors(search.territory().path()));
            params.put("prefix", search.territory().path() + "%");
        }
        long total = jdbc.sql("select count(*) from offer_service s " + where).params(params).query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<ServiceCard> items = jdbc.sql(CARD + where + " order by s.name, s.id limit :limit offset :offset")
                .params(params).query((rs, n) -> card(rs, null)).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    @Override
    public EligibilityAnswer eligibility(long jurisdictionId, PersonProfile profile, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("j", jurisdictionId);
        params.put("age", profile.age());
        params.put("sex", profile.sex() == null ? null : profile.sex().name());
        params.put("groups", profile.groups().stream().map(Enum::name).sorted().toArray(String[]::new));
        params.put("sisben", profile.sisben());
        params.put("ancestors", ancestors(profile.territoryPath()));
        params.put("sisbenBit", sisbenMask(profile.sisben() == null ? List.of() : List.of(profile.sisben())));
        String base = " from offer_eligibility e where e.jurisdiction_id = :j and e.active";
        long[] totals = jdbc.sql("select count(*) filter (where " + ELIGIBLE_FAST + ") as yes, count(*) as alls" + base)
                .params(params).query((rs, n) -> new long[]{rs.getLong("yes"), rs.getLong("alls")}).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<ServiceCard> yes = jdbc.sql(CARD + "where s.jurisdiction_id = :j and s.status = 'ACTIVE' and " + ELIGIBLE
                + " order by s.name, s.id limit :limit offset :offset")
                .params(params).query((rs, n) -> card(rs, null)).list();
        List<Long> limited = new ArrayList<>();
        List<ServiceCard> cards = new ArrayList<>();
        List<org.minga.offer.EligibilityRules> rules = new ArrayList<>();
        jdbc.sql(CARD + "where s.jurisdiction_id = :j and s.status = 'ACTIVE' and not " + ELIGIBLE
                + " order by s.name, s.id limit :limit offset :offset")
                .params(params).query(rs -> {
                    if (!rs.getBoolean("offered_everywhere")) {
                        limited.add(rs.getLong("id"));
                    }
                    cards.add(card(rs, null));
                    rules.add(rules(rs, Map.of()));
                });
        Map<Long, List<org.minga.offer.EligibilityRules.Area>> areas = areasOf(limited);
        List<ServiceCard> no = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            ServiceCard c = cards.get(i);
            org.minga.offer.EligibilityRules r = rules.get(i);
            org.minga.offer.EligibilityRules withAreas = new org.minga.offer.EligibilityRules(r.minAge(), r.maxAge(),
                    r.sex(),
                    r.populationGroups(), r.sisbenGroups(), r.offeredEverywhere(),
                    areas.getOrDefault(c.id(), List.of()));
            no.add(new ServiceCard(c.id(), c.uid(), c.code(), c.name(), c.description(), c.sector(), c.providerName(),
                    withAreas.firstReason(profile).orElse("no cumple las condiciones del servicio")));
        }
        return new EligibilityAnswer(new PageResult<>(yes, page.page(), page.size(), totals[0]),
                new PageResult<>(no, page.page(), page.size(), totals[1] - totals[0]));
    }

    /** The rules of a row, with the areas of its service taken from {@code areas} (loaded for the whole page). */
    private static org.minga.offer.EligibilityRules rules(ResultSet rs,
            Map<Long, List<org.minga.offer.EligibilityRules.Area>> areas)
            throws SQLException {
        return new org.minga.offer.EligibilityRules(rs.getObject("min_age", Integer.class),
                rs.getObject("max_age", Integer.class),
                Sex.valueOf(rs.getString("sex")),
                Set.copyOf(strings(rs.getArray("population_groups")).stream().map(PopulationGroup::valueOf).toList()),
                Set.copyOf(strings(rs.getArray("sisben_groups"))), rs.getBoolean("offered_everywhere"),
                areas.getOrDefault(rs.getLong("id"), List.of()));
    }

    /** The areas of the services that are offered only in some territories, by service id, in one query. */
    private Map<Long, List<org.minga.offer.EligibilityRules.Area>> areasOf(List<Long> serviceIds) {
        Map<Long, List<org.minga.offer.EligibilityRules.Area>> m = new HashMap<>();
        if (!serviceIds.isEmpty()) {
            jdbc.sql("""
                    select st.service_id, st.territory_path, t.name from offer_service_territory st
                    join territory t on t.id = st.territory_id where st.service_id in (:ids) order by t.name""")
                    .param("ids", serviceIds).query(rs -> {
                        m.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new org.minga.offer.EligibilityRules.Area(rs.getString(2), rs.getString(3)));
                    });
        }
        return m;
    }

    /** Bit i for the i-th SISBEN IV group in the order of {@link SisbenGroups#all()}; 0 for none. */
    static long sisbenMask(List<String> groups) {
        List<String> all = SisbenGroups.all();
        long mask = 0;
        for (String g : groups) {
            mask |= 1L << all.indexOf(g);
        }
        return mask;
    }

    /** "/1/5/23/" gives ["/1/", "/1/5/", "/1/5/23/"]: the paths of a territory and of its ancestors. */
    static String[] ancestors(String path) {
        if (path == null) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            out.add(path.substring(0, i + 1));
        }
        return out.toArray(String[]::new);
    }

    /** Every service of a jurisdiction with its provider's code, for the export (bounded by the offer's size). */
    void exportRows(long jurisdictionId, java.util.function.BiConsumer<ServiceView, String> sink) {
        List<Long> ids = jdbc.sql("select id from offer_service where jurisdiction_id = :j order by code limit 100000")
                .param("j", jurisdictionId).query(Long.class).list();
        for (int from = 0; from < ids.size(); from += 500) {
            List<ServiceView> batch = byIds(ids.subList(from, Math.min(ids.size(), from + 500)));
            Map<Long, ActorSummary> providers = actors
                    .byIds(batch.stream().map(ServiceView::providerId).distinct().toList());
            for (ServiceView s : batch) {
                ActorSummary provider = providers.get(s.providerId());
                sink.accept(s, provider == null ? null : provider.code());
            }
        }
    }

    // ---- writes ------------------------------------------------------------------------------------

    @Transactional
    public ServiceView create(ServiceForm form, CurrentUser user) {
        Jurisdiction j = jurisdiction(form.jurisdiction(), user);
        requireEditor(user, j.id());
        Valid v = validate(form, j, user, null);
        Map<String, Object> params = values(form, v);
        params.put("j", j.id());
        long id = jdbc.sql("""
                insert into offer_service (jurisdiction_id, code, provider_id, name, description, sector, needs,
                  value_groups, min_age, max_age, sex, population_groups, sisben_groups, eligibility_notes,
                  required_documents, cost, channels, how_to_apply, legal_basis, url, email, phone, status,
                  offered_everywhere, search_key)
                values (:j, :code, :provider, :name, :description, :sector, :needs, :valueGroups, :minAge, :maxAge,
                  :sex, :groups, :sisben, :notes, :documents, :cost, :channels, :howToApply, :legalBasis, :url,
                  :email, :phone, :status, :everywhere, :key) returning id""")
                .params(params).query(Long.class).single();
        setChildren(id, v);
        ServiceView created = byId(id).orElseThrow();
        audit.record("CREATE", ENTITY, id, j.id(), "Servicio " + created.name() + " registrado", null, created);
        return created;
    }

    @Transactional
    public ServiceView update(long id, ServiceForm form, CurrentUser user) {
        ServiceView before = requireVisible(id, user);
        requireEditor(user, before.jurisdictionId());
        requireScopeCovers(user, before);
        if (form.version() == null) {
            throw new ValidationException("version", "Falta la versión del registro que editó; recargue la página.");
        }
        Jurisdiction j = jurisdictions.byId(before.jurisdictionId()).orElseThrow();
        Valid v = validate(form, j, user, before);
        Map<String, Object> params = values(form, v);
        params.put("id", id);
        params.put("version", form.version());
        int changed = jdbc
                .sql("""
                        update offer_service set code = :code, provider_id = :provider, name = :name, description = :description,
                          sector = :sector, needs = :needs, value_groups = :valueGroups, min_age = :minAge, max_age = :maxAge,
                          sex = :sex, population_groups = :groups, sisben_groups = :sisben, eligibility_notes = :notes,
                          required_documents = :documents, cost = :cost, channels = :channels, how_to_apply = :howToApply,
                          legal_basis = :legalBasis, url = :url, email = :email, phone = :phone, status = :status,
                          offered_everywhere = :everywhere, search_key = :key, version = version + 1, updated_at = now()
                        where id = :id and version = :version""")
                .params(params).update();
        if (changed == 0) {
            throw new ConflictException(
                    "Otra persona modificó este servicio mientras usted lo editaba. Recargue y vuelva a intentar.");
        }
        setChildren(id, v);
        ServiceView after = byId(id).orElseThrow();
        audit.record("UPDATE", ENTITY, id, j.id(), "Servicio " + after.name() + " modificado", before, after);
        return after;
    }

    void upsert(ServiceForm form, Jurisdiction j, CurrentUser user) {
        Optional<Long> existing = idByCode(j.id(), form.code());
        if (existing.isEmpty()) {
            create(form, user);
        } else {
            update(existing.get(), form.withVersion(byId(existing.get()).orElseThrow().version()), user);
        }
    }

    record Valid(ActorSummary provider, Sector sector, List<Need> needs, Sex sex, List<PopulationGroup> groups,
            List<String> sisben, List<TerritoryView> areas, List<Channel> channels, String status,
            List<ValidLocation> locations) {
    }

    record ValidLocation(ServiceForm.LocationForm form, TerritoryView territory) {
    }

    /** Checks everything and reports every problem with its field; stores nothing. */
    Valid validate(ServiceForm form, Jurisdiction j, CurrentUser user, ServiceView existing) {
        List<FieldError> errors = Violations.of(validator, form);
        ActorSummary provider = null;
        if (form.provider() == null || form.provider().isBlank()) {
            errors.add(new FieldError("provider", "Indique el actor que presta el servicio (código del actor)."));
        } else {
            Optional<ActorSummary> a = actors.byCode(j.id(), form.provider());
            if (a.isEmpty()) {
                errors.add(new FieldError("provider", "No existe un actor con el código '" + form.provider().strip()
                        + "' en " + j.name() + "; regístrelo primero en Actores."));
            } else {
                provider = a.get();
            }
        }
        Optional<Sector> sector = Sector.parse(form.sector());
        if (sector.isEmpty()) {
            errors.add(new FieldError("sector",
                    form.sector() == null || form.sector().isBlank() ? "El sector es obligatorio."
                            : "El sector '" + form.sector() + "' no existe; use uno de: " + Sector.allowed() + "."));
        }
        List<Need> needs = parseAll(form.needs(), Need::parse, "needs", "La necesidad", Need.allowed(), errors);
        List<PopulationGroup> groups = parseAll(form.populationGroups(), PopulationGroup::parse, "populationGroups",
                "El grupo poblacional", PopulationGroup.allowed(), errors);
        List<Channel> channels = parseAll(form.channels(), Channel::parse, "channels", "El canal", Channel.allowed(),
                errors);
        if (form.minAge() != null && (form.minAge() < 0 || form.minAge() > 120)) {
            errors.add(new FieldError("minAge", "La edad mínima debe estar entre 0 y 120 años."));
        }
        if (form.maxAge() != null && (form.maxAge() < 0 || form.maxAge() > 120)) {
            errors.add(new FieldError("maxAge", "La edad máxima debe estar entre 0 y 120 años."));
        }
        if (form.minAge() != null && form.maxAge() != null && form.minAge() > form.maxAge()) {
            errors.add(new FieldError("maxAge",
                    "La edad mínima (" + form.minAge() + ") no puede ser mayor que la edad máxima ("
                            + form.maxAge() + ")."));
        }
        Sex sex = Sex.ANY;
        if (form.sex() != null && !form.sex().isBlank()) {
            Optional<Sex> s = Sex.parse(form.sex()).or(() -> PersonProfile.parseSex(form.sex()));
            if (s.isEmpty()) {
                errors.add(new FieldError("sex",
                        "El sexo '" + form.sex() + "' no es válido: use cualquiera, mujer u hombre."));
            } else {
                sex = s.get();
            }
        }
        Set<String> sisben = new LinkedHashSet<>();
        for (String g : split(form.sisbenGroups())) {
            Optional<List<String>> expanded = SisbenGroups.expand(g);
            if (expanded.isEmpty()) {
                errors.add(new FieldError("sisbenGroups",
                        "El grupo SISBEN IV '" + g + "' no existe: los grupos son A1 a A5, "
                                + "B1 a B7, C1 a C18 y D1 a D21."));
            } else {
                sisben.addAll(expanded.get());
            }
        }
        AccessScope scope = territories.scopeOf(user);
        List<TerritoryView> areas = new ArrayList<>();
        for (String code : split(form.territories())) {
            Optional<TerritoryView> t = territories.byCode(j.id(), code);
            if (t.isEmpty()) {
                errors.add(new FieldError("territories",
                        "No existe el territorio con código '" + code + "' en " + j.name() + "."));
            } else if (!scope.includes(t.get().jurisdictionId(), t.get().path())) {
                errors.add(new FieldError("territories",
                        "El territorio " + t.get().label() + " está fuera de su alcance."));
            } else if (areas.stream().noneMatch(x -> x.id() == t.get().id())) {
                areas.add(t.get());
            }
        }
        if (areas.isEmpty() && scope.narrowed() && errors.stream().noneMatch(e -> e.field().equals("territories"))) {
            errors.add(new FieldError("territories",
                    "Indique los territorios de su alcance donde se ofrece el servicio."));
        }
        String status = switch (TextKeys
                .key(form.status() == null || form.status().isBlank() ? "activo" : form.status())) {
            case "active", "activo" -> "ACTIVE";
            case "inactive", "inactivo" -> "INACTIVE";
            case "suspended", "suspendido", "suspendido temporalmente" -> "SUSPENDED";
            default -> null;
        };
        if (status == null) {
            errors.add(new FieldError("status",
                    "El estado '" + form.status() + "' no es válido: use activo, suspendido o inactivo."));
        }
        List<ValidLocation> locations = new ArrayList<>();
        for (int i = 0; i < form.locations().size(); i++) {
            ServiceForm.LocationForm l = form.locations().get(i);
            if (l == null) {
                continue;
            }
            String f = "locations[" + i + "]";
            TerritoryView t = null;
            if (l.territory() != null && !l.territory().isBlank()) {
                Optional<TerritoryView> found = territories.byCode(j.id(), l.territory().strip());
                if (found.isEmpty()) {
                    errors.add(new FieldError(f + ".territory",
                            "No existe el territorio con código '" + l.territory().strip() + "'."));
                } else {
                    t = found.get();
                }
            }
            if ((l.latitude() == null) != (l.longitude() == null)
                    || (l.latitude() != null && (Math.abs(l.latitude()) > 90 || Math.abs(l.longitude()) > 180))) {
                errors.add(new FieldError(f + ".latitude",
                        "Indique latitud (-90 a 90) y longitud (-180 a 180) juntas, o ninguna."));
            }
            if (l.opensAt() != null && l.closesAt() != null && !l.closesAt().isAfter(l.opensAt())) {
                errors.add(new FieldError(f + ".closesAt", "La hora de cierre debe ser posterior a la de apertura."));
            }
            for (String d : l.weekdays()) {
                if (!List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU")
                        .contains(d.strip().toUpperCase(java.util.Locale.ROOT))) {
                    errors.add(new FieldError(f + ".weekdays",
                            "El día '" + d + "' no es válido: use MO, TU, WE, TH, FR, SA o SU."));
                }
            }
            locations.add(new ValidLocation(l, t));
        }
        if (form.code() != null && !form.code().isBlank()) {
            Optional<Long> same = idByCode(j.id(), form.code());
            if (same.isPresent() && (existing == null || same.get() != existing.id())) {
                errors.add(new FieldError("code",
                        "Ya existe un servicio con el código '" + form.code().strip() + "' en " + j.name() + "."));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<String> orderedSisben = SisbenGroups.all().stream().filter(sisben::contains).toList();
        return new Valid(provider, sector.get(), needs, sex, groups, orderedSisben, areas, channels, status, locations);
    }

    private Map<String, Object> values(ServiceForm form, Valid v) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", form.code().strip());
        m.put("provider", v.provider().id());
        m.put("name", form.name().strip());
        m.put("description", form.description().strip());
        m.put("sector", v.sector().name());
        m.put("needs", v.needs().stream().map(Enum::name).toArray(String[]::new));
        m.put("valueGroups", blankToNull(form.valueGroups()));
        m.put("minAge", form.minAge());
        m.put("maxAge", form.maxAge());
        m.put("sex", v.sex().name());
        m.put("groups", v.groups().stream().map(Enum::name).toArray(String[]::new));
        m.put("sisben", v.sisben().toArray(String[]::new));
        m.put("notes", blankToNull(form.eligibilityNotes()));
        m.put("documents", blankToNull(form.requiredDocuments()));
        m.put("cost", blankToNull(form.cost()));
        m.put("channels", v.channels().stream().map(Enum::name).toArray(String[]::new));
        m.put("howToApply", blankToNull(form.howToApply()));
        m.put("legalBasis", blankToNull(form.legalBasis()));
        m.put("url", blankToNull(form.url()));
        m.put("email", blankToNull(form.email()));
        m.put("phone", blankToNull(form.phone()));
        m.put("status", v.status());
        m.put("everywhere", v.areas().isEmpty());
        List<String> key = new ArrayList<>(List.of(form.name(), form.code(), v.provider().name(), v.sector().label(),
                form.description()));
        v.needs().forEach(n -> key.add(n.label()));
        v.groups().forEach(g -> key.add(g.label()));
        String k = TextKeys.key(String.join(" ", key));
        m.put("key", k.length() > 6000 ? k.substring(0, 6000) : k);
        return m;
    }

    private void setChildren(long id, Valid v) {
        jdbc.sql("delete from offer_service_territory where service_id = :id").param("id", id).update();
        for (TerritoryView t : v.areas()) {
            jdbc.sql(
                    "insert into offer_service_territory (service_id, territory_id, territory_path) values (:s, :t, :p)")
                    .param("s", id).param("t", t.id()).param("p", t.path()).update();
        }
        jdbc.sql("update offer_service set area_paths = :paths where id = :id").param("id", id)
                .param("paths", v.areas().stream().map(TerritoryView::path).toArray(String[]::new)).update();
        jdbc.sql(
                """
                        insert into offer_eligibility (service_id, jurisdiction_id, active, min_age, max_age, sex, population_groups,
                          sisben_mask, offered_everywhere, area_paths)
                        select id, jurisdiction_id, status = 'ACTIVE', min_age, max_age, sex, population_groups, :mask,
                          offered_everywhere, area_paths from offer_service where id = :id
                        on conflict (service_id) do update set jurisdiction_id = excluded.jurisdiction_id, active = excluded.active,
                          min_age = excluded.min_age, max_age = excluded.max_age, sex = excluded.sex,
                          population_groups = excluded.population_groups, sisben_mask = excluded.sisben_mask,
                          offered_everywhere = excluded.offered_everywhere, area_paths = excluded.area_paths""")
                .param("id", id).param("mask", sisbenMask(v.sisben())).update();
        jdbc.sql("delete from offer_service_location where service_id = :id").param("id", id).update();
        int position = 0;
        for (ValidLocation vl : v.locations()) {
            ServiceForm.LocationForm l = vl.form();
            jdbc.sql("""
                    insert into offer_service_location (service_id, name, address, territory_id, latitude, longitude,
                      schedule, opens_at, closes_at, weekdays, position)
                    values (:s, :n, :a, :t, :lat, :lon, :schedule, :opens, :closes, :days, :pos)""")
                    .param("s", id).param("n", l.name().strip()).param("a", blankToNull(l.address()))
                    .param("t", vl.territory() == null ? null : vl.territory().id()).param("lat", l.latitude())
                    .param("lon", l.longitude()).param("schedule", blankToNull(l.schedule()))
                    .param("opens", l.opensAt()).param("closes", l.closesAt())
                    .param("days",
                            l.weekdays().stream().map(d -> d.strip().toUpperCase(java.util.Locale.ROOT))
                                    .toArray(String[]::new))
                    .param("pos", position++).update();
        }
    }

    private void requireScopeCovers(CurrentUser user, ServiceView s) {
        AccessScope scope = territories.scopeOf(user);
        if (!scope.narrowed()) {
            return;
        }
        if (s.offeredEverywhere() || s.areas().stream().anyMatch(a -> !scope.includes(s.jurisdictionId(), a.path()))) {
            throw new ForbiddenException(
                    "Este servicio se ofrece fuera de su territorio; solo lo modifica un usuario con alcance sobre todos sus territorios.");
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    Jurisdiction jurisdiction(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }

    static void requireEditor(CurrentUser user, long jurisdictionId) {
        if (!canEdit(user, jurisdictionId)) {
            throw new ForbiddenException(
                    "Su rol (" + user.role().label() + ") no registra ni modifica servicios de esta jurisdicción.");
        }
    }

    private static <E> List<E> parseAll(List<String> values, java.util.function.Function<String, Optional<E>> parser,
            String field, String what, String allowed, List<FieldError> errors) {
        List<E> out = new ArrayList<>();
        for (String s : split(values)) {
            Optional<E> e = parser.apply(s);
            if (e.isEmpty()) {
                errors.add(new FieldError(field, what + " '" + s + "' no existe; use uno de: " + allowed + "."));
            } else if (!out.contains(e.get())) {
                out.add(e.get());
            }
        }
        return out;
    }

    static List<String> split(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null) {
                Arrays.stream(v.split("[,;|]")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
            }
        }
        return new ArrayList<>(out);
    }

    static List<String> words(String query) {
        String k = TextKeys.key(query);
        if (k == null || k.isBlank()) {
            return List.of();
        }
        return Arrays.stream(k.split(" ")).filter(w -> !w.isBlank()).limit(8).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static ServiceCard card(ResultSet rs, String reason) throws SQLException {
        return new ServiceCard(rs.getLong("id"), rs.getObject("uid", UUID.class), rs.getString("code"),
                rs.getString("name"),
                rs.getString("description"), Sector.valueOf(rs.getString("sector")).label(),
                rs.getString("provider_name"),
                reason);
    }

    /**
     * Adds the areas and locations to services read without them, with one query each for all of them, after the
     * services' own result set is closed: a query inside a row mapper would hold a second pooled connection.
     */
    private List<ServiceView> withChildren(List<ServiceView> services) {
        if (services.isEmpty()) {
            return services;
        }
        List<Long> ids = services.stream().map(ServiceView::id).toList();
        Map<Long, List<ServiceView.AreaView>> areas = new HashMap<>();
        jdbc.sql("""
                select st.service_id, t.id, t.code, t.name, st.territory_path from offer_service_territory st
                join territory t on t.id = st.territory_id where st.service_id in (:ids) order by t.path""")
                .param("ids", ids).query(r -> {
                    areas.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new ServiceView.AreaView(r.getLong(2),
                                    r.getString(3), r.getString(4), r.getString(5)));
                });
        Map<Long, List<ServiceView.LocationView>> locations = new HashMap<>();
        jdbc.sql("""
                select l.*, t.code as territory_code, t.name as territory_name from offer_service_location l
                left join territory t on t.id = l.territory_id where l.service_id in (:ids)
                order by l.service_id, l.position, l.id""")
                .param("ids", ids).query(r -> {
                    locations.computeIfAbsent(r.getLong("service_id"), k -> new ArrayList<>())
                            .add(new ServiceView.LocationView(
                                    r.getLong("id"), r.getObject("uid", UUID.class),
                                    r.getObject("location_uid", UUID.class), r.getString("name"),
                                    r.getString("address"),
                                    (Long) r.getObject("territory_id"), r.getString("territory_code"),
                                    r.getString("territory_name"),
                                    (Double) r.getObject("latitude"), (Double) r.getObject("longitude"),
                                    r.getString("schedule"),
                                    r.getObject("opens_at", LocalTime.class), r.getObject("closes_at", LocalTime.class),
                                    strings(r.getArray("weekdays"))));
                });
        return services.stream().map(v -> new ServiceView(v.id(), v.uid(), v.jurisdictionId(), v.code(), v.providerId(),
                v.providerUid(), v.providerName(), v.name(), v.description(), v.sector(), v.needs(), v.valueGroups(),
                v.minAge(), v.maxAge(), v.sex(), v.populationGroups(), v.sisbenGroups(), v.offeredEverywhere(),
                List.copyOf(areas.getOrDefault(v.id(), List.of())), v.eligibilityNotes(), v.requiredDocuments(),
                v.cost(),
                v.channels(), v.howToApply(), v.legalBasis(), v.url(), v.email(), v.phone(), v.status(),
                List.copyOf(locations.getOrDefault(v.id(), List.of())), v.version(), v.updatedAt())).toList();
    }

    /** A service's own row; {@link #withChildren} adds its areas and locations. */
    private static ServiceView map(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<ServiceView.AreaView> areas = List.of();
        List<ServiceView.LocationView> locations = List.of();
        Timestamp updated = rs.getTimestamp("updated_at");
        return new ServiceView(id, rs.getObject("uid", UUID.class), rs.getLong("jurisdiction_id"), rs.getString("code"),
                rs.getLong("provider_id"), rs.getObject("provider_uid", UUID.class), rs.getString("provider_name"),
                rs.getString("name"), rs.getString("description"), Sector.valueOf(rs.getString("sector")),
                strings(rs.getArray("needs")).stream().map(Need::valueOf).toList(), rs.getString("value_groups"),
                rs.getObject("min_age", Integer.class), rs.getObject("max_age", Integer.class),
                Sex.valueOf(rs.getString("sex")),
                strings(rs.getArray("population_groups")).stream().map(PopulationGroup::valueOf).toList(),
                strings(rs.getArray("sisben_groups")), rs.getBoolean("offered_everywhere"), areas,
                rs.getString("eligibility_notes"), rs.getString("required_documents"), rs.getString("cost"),
                strings(rs.getArray("channels")).stream().map(Channel::valueOf).toList(), rs.getString("how_to_apply"),
                rs.getString("legal_basis"), rs.getString("url"), rs.getString("email"), rs.getString("phone"),
                rs.getString("status"), locations, rs.getInt("version"), updated == null ? null : updated.toInstant());
    }
}
