package org.minga.offer.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.minga.actor.ActorSummary;
import org.minga.actor.Actors;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.TextKeys;
import org.minga.platform.ValidationException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The offer read as Open Referral HSDS 3.0 objects (compiled schemas service, service_list, organization,
 * organization_list, service_at_location): ids are the public UUIDs; contact people are never exported.
 */
@Component
record HsdsReadModel(JdbcClient jdbc, OfferReadModel offer, Actors actors, Jurisdictions jurisdictions) {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    // ---- pages -------------------------------------------------------------------------------------

    /** The HSDS page: total_items, total_pages, page_number (from 1), size, first_page, last_page, empty, contents. */
    static Map<String, Object> page(long total, int pageNumber, int perPage, List<?> contents) {
        Map<String, Object> m = new LinkedHashMap<>();
        int pages = (int) ((total + perPage - 1) / perPage);
        m.put("total_items", total);
        m.put("total_pages", pages);
        m.put("page_number", pageNumber);
        m.put("size", contents.size());
        m.put("first_page", pageNumber <= 1);
        m.put("last_page", pageNumber >= pages);
        m.put("empty", contents.isEmpty());
        m.put("contents", contents);
        return m;
    }

    static PageRequest request(Integer page, Integer perPage) {
        int p = page == null ? 1 : page;
        if (p < 1) {
            throw new ValidationException("page", "La página empieza en 1.");
        }
        return PageRequest.of(p - 1, perPage == null ? 50 : perPage);
    }

    /** The jurisdiction of a code, or -1 (matches nothing) when the code names none; null when not asked. */
    Long jurisdictionId(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return jurisdictions.byCode(code.strip()).map(Jurisdiction::id).orElse(-1L);
    }

    /**
     * Active services of active organisations that pass the filter, in name order: as service_list objects, as full
     * services ({@code full}) or as just their id and last modification ({@code minimal}, for harvesters).
     */
    Map<String, Object> services(HsdsFilter filter, Integer page, Integer perPage, boolean minimal, boolean full) {
        PageRequest p = request(page, perPage);
        StringBuilder where = new StringBuilder("where true");
        Map<String, Object> params = new LinkedHashMap<>();
        filter.where(where, params);
        activeProviders(filter, where, params);
        String from = " from offer_service s ";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        params.put("l", p.size());
        params.put("o", p.offset());
        List<Long> ids = jdbc.sql("select s.id" + from + where + " order by s.name, s.id limit :l offset :o")
                .params(params).query(Long.class).list();
        List<ServiceView> services = offer.byIds(ids);
        List<?> contents;
        if (minimal) {
            contents = services.stream().map(HsdsReadModel::minimal).toList();
        } else if (full) {
            Map<Long, ActorSummary> providers = providers(services);
            contents = services.stream().map(s -> service(s, providers)).toList();
        } else {
            contents = serviceLists(services);
        }
        return page(total, p.page() + 1, p.size(), contents);
    }

    /**
     * Keeps to the services of active organisations, as the actors tell them: of the one the filter names (none when
     * it is not active), else of all but the inactive ones (few) of the filter's jurisdiction, or of all.
     */
    void activeProviders(HsdsFilter filter, StringBuilder where, Map<String, Object> params) {
        if (filter.organizationId() != null) {
            where.append(" and s.provider_id = :provider");
            params.put("provider", actors.byUid(filter.organizationId()).filter(ActorSummary::active)
                    .map(ActorSummary::id).orElse(0L));
        } else {
            where.append(" and s.provider_id <> all(cast(:inactive as bigint[]))");
            params.put("inactive", actors.inactiveIds(filter.jurisdictionId()).toArray(Long[]::new));
        }
    }

    static Map<String, Object> minimal(ServiceView s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.uid().toString());
        if (s.updatedAt() != null) {
            m.put("last_modified", MILLIS.format(s.updatedAt()));
        }
        return m;
    }

    Map<String, Object> service(UUID id) {
        ServiceView s = offer.byUid(id).orElseThrow(() -> new NotFoundException("No existe el servicio " + id + "."));
        return service(s, providers(List.of(s)));
    }

    /**
     * Active organisations in name order, optionally of one jurisdiction, matching a search and modified on or after
     * an instant; as organization_list objects, or as organizations with their services ({@code full}), those full
     * services ({@code fullService}).
     */
    Map<String, Object> organizations(String search, Long jurisdictionId, Instant modifiedAfter, Integer page,
            Integer perPage, boolean full, boolean fullService) {
        PageRequest p = request(page, perPage);
        PageResult<ActorSummary> found = actors.active(jurisdictionId, search, modifiedAfter, p);
        List<Map<String, Object>> contents = found.items().stream()
                .map(a -> full || fullService ? organization(a, fullService) : organizationList(a)).toList();
        return page(found.total(), p.page() + 1, p.size(), contents);
    }

    Map<String, Object> organization(UUID id, boolean fullService) {
        ActorSummary a = actors.byUid(id)
                .orElseThrow(() -> new NotFoundException("No existe la organización " + id + "."));
        return organization(a, fullService);
    }

    /** The organization with its active services (service_list objects, or full services). */
    private Map<String, Object> organization(ActorSummary a, boolean fullService) {
        Map<String, Object> m = organizationList(a);
        List<Long> ids = jdbc.sql("""
                select id from offer_service where provider_id = :a and status = 'ACTIVE' order by name limit 500""")
                .param("a", a.id()).query(Long.class).list();
        List<ServiceView> services = offer.byIds(ids);
        if (fullService) {
            Map<Long, ActorSummary> providers = Map.of(a.id(), a);
            m.put("services", services.stream().map(s -> service(s, providers)).toList());
        } else {
            m.put("services", serviceLists(services));
        }
        if (a.phone() != null) {
            m.put("phones", List.of(phone("organization-phone:" + a.uid(), a.phone())));
        }
        return m;
    }

    /** Services at locations of active services of active organisations that pass the filter. */
    Map<String, Object> serviceAtLocations(HsdsFilter filter, UUID serviceId, Integer page, Integer perPage,
            boolean full) {
        PageRequest p = request(page, perPage);
        StringBuilder where = new StringBuilder("where true");
        Map<String, Object> params = new LinkedHashMap<>();
        filter.where(where, params);
        activeProviders(filter, where, params);
        if (serviceId != null) {
            where.append(" and s.uid = :sid");
            params.put("sid", serviceId);
        }
        String from = " from offer_service_location l join offer_service s on s.id = l.service_id ";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        params.put("l", p.size());
        params.put("o", p.offset());
        List<Object[]> rows = jdbc
                .sql("select l.uid, s.id" + from + where + " order by s.name, l.position, l.id limit :l offset :o")
                .params(params).query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getLong(2)}).list();
        Map<Long, ServiceView> services = new java.util.HashMap<>();
        offer.byIds(rows.stream().map(r -> (Long) r[1]).distinct().toList()).forEach(s -> services.put(s.id(), s));
        Map<Long, ActorSummary> providers = full ? providers(List.copyOf(services.values())) : Map.of();
        List<Map<String, Object>> contents = new ArrayList<>();
        for (Object[] r : rows) {
            ServiceView s = services.get((Long) r[1]);
            s.locations().stream().filter(l -> l.uid().equals(r[0])).findFirst()
                    .ifPresent(l -> contents.add(serviceAtLocation(s, l, full, providers)));
        }
        return page(total, p.page() + 1, p.size(), contents);
    }

    Map<String, Object> serviceAtLocation(UUID id) {
        Optional<Long> serviceId = jdbc.sql("select service_id from offer_service_location where uid = :u")
                .param("u", id)
                .query(Long.class).optional();
        ServiceView s = serviceId.flatMap(offer::byId)
                .orElseThrow(() -> new NotFoundException("No existe el servicio en ubicación " + id + "."));
        return serviceAtLocation(s, s.locations().stream().filter(l -> l.uid().equals(id)).findFirst().orElseThrow(),
                true,
                providers(List.of(s)));
    }

    // ---- objects -----------------------------------------------------------------------------------

    static Map<String, Object> organizationList(ActorSummary a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.uid().toString());
        m.put("name", a.name());
        if (a.acronym() != null) {
            m.put("alternate_name", a.acronym());
        }
        m.put("description", a.description() != null ? a.description() : a.typeLabel() + ": " + a.name());
        if (a.email() != null) {
            m.put("email", a.email());
        }
        if (a.website() != null && a.website().matches("https?://\\S+")) {
            m.put("website", a.website());
        }
        m.put("legal_status", a.typeLabel());
        if (a.parentUid() != null) {
            m.put("parent_organization_id", a.parentUid().toString());
        }
        return m;
    }

    /** The providers of these services, by id, in one query. */
    private Map<Long, ActorSummary> providers(List<ServiceView> services) {
        return actors.byIds(services.stream().map(ServiceView::providerId).distinct().toList());
    }

    private List<Map<String, Object>> serviceLists(List<ServiceView> services) {
        Map<Long, ActorSummary> providers = providers(services);
        return services.stream().map(s -> serviceList(s, providers)).toList();
    }

    /** The one-to-one fields of a service (schema service_list), with its organization (from {@code providers}). */
    static Map<String, Object> serviceList(ServiceView s, Map<Long, ActorSummary> providers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.uid().toString());
        m.put("organization_id", s.providerUid().toString());
        m.put("name", s.name());
        m.put("description", s.description());
        if (s.url() != null && s.url().matches("https?://\\S+")) {
            m.put("url", s.url());
        }
        if (s.email() != null) {
            m.put("email", s.email());
        }
        m.put("status", switch (s.status()) {
            case "ACTIVE" -> "active";
            case "SUSPENDED" -> "temporarily closed";
            default -> "inactive";
        });
        if (s.howToApply() != null) {
            m.put("application_process", s.howToApply());
        }
        if (s.cost() != null) {
            m.put("fees_description", s.cost());
        }
        List<String> eligibility = s.eligibilityLines();
        if (!eligibility.isEmpty()) {
            m.put("eligibility_description", String.join(". ", eligibility));
        }
        if (s.minAge() != null) {
            m.put("minimum_age", s.minAge());
        }
        if (s.maxAge() != null) {
            m.put("maximum_age", s.maxAge());
        }
        if (s.legalBasis() != null) {
            m.put("licenses", s.legalBasis());
        }
        if (s.updatedAt() != null) {
            m.put("last_modified", MILLIS.format(s.updatedAt()));
        }
        ActorSummary provider = providers.get(s.providerId());
        if (provider != null) {
            m.put("organization", organizationList(provider));
        }
        return m;
    }

    /** The full service (schema service): phones, schedules, areas, locations, documents, cost, languages. */
    Map<String, Object> service(ServiceView s, Map<Long, ActorSummary> providers) {
        Map<String, Object> m = serviceList(s, providers);
        if (s.phone() != null) {
            m.put("phones", List.of(phone("service-phone:" + s.uid(), s.phone())));
        }
        m.put("service_areas", s.areas().stream().map(a -> {
            Map<String, Object> area = new LinkedHashMap<>();
            area.put("id", uuid("service-area:" + s.uid() + ":" + a.id()));
            area.put("service_id", s.uid().toString());
            area.put("name", a.name());
            area.put("description", "Código de territorio " + a.code());
            return area;
        }).toList());
        m.put("service_at_locations",
                s.locations().stream().map(l -> serviceAtLocation(s, l, false, providers)).toList());
        List<Map<String, Object>> attributes = HsdsTaxonomies.attributes(s);
        if (!attributes.isEmpty()) {
            m.put("attributes", attributes);
        }
        m.put("languages", List.of(Map.of("id", uuid("language:" + s.uid() + ":es"), "service_id", s.uid().toString(),
                "name", "Español", "code", "es")));
        if (s.requiredDocuments() != null) {
            m.put("required_documents", Arrays.stream(s.requiredDocuments().split("[;\\n]")).map(String::strip)
                    .filter(d -> !d.isEmpty())
                    .map(d -> Map.of("id", uuid("document:" + s.uid() + ":" + TextKeys.key(d)),
                            "service_id", s.uid().toString(), "document", d))
                    .toList());
        }
        if (s.cost() != null) {
            m.put("cost_options", List.of(Map.of("id", uuid("cost:" + s.uid()), "service_id", s.uid().toString(),
                    "currency", "COP", "amount_description", s.cost())));
        }
        return m;
    }

    static Map<String, Object> serviceAtLocation(ServiceView s, ServiceView.LocationView l, boolean withService,
            Map<Long, ActorSummary> providers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.uid().toString());
        m.put("service_id", s.uid().toString());
        m.put("location_id", l.locationUid().toString());
        if (l.schedule() != null) {
            m.put("description", l.schedule());
        }
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("id", l.locationUid().toString());
        location.put("location_type", "physical");
        location.put("organization_id", s.providerUid().toString());
        location.put("name", l.name());
        List<String> about = new ArrayList<>();
        if (l.address() != null) {
            about.add(l.address());
        }
        if (l.territoryName() != null) {
            about.add(l.territoryName());
        }
        if (!about.isEmpty()) {
            location.put("description", String.join(", ", about));
        }
        if (l.latitude() != null) {
            location.put("latitude", l.latitude());
            location.put("longitude", l.longitude());
        }
        m.put("location", location);
        if (l.schedule() != null || l.opensAt() != null) {
            Map<String, Object> schedule = new LinkedHashMap<>();
            schedule.put("id", uuid("schedule:" + l.uid()));
            schedule.put("service_at_location_id", l.uid().toString());
            if (!l.weekdays().isEmpty()) {
                schedule.put("freq", "WEEKLY");
                schedule.put("byday", String.join(",", l.weekdays()));
            }
            if (l.opensAt() != null) {
                schedule.put("opens_at", l.opensAt().toString());
            }
            if (l.closesAt() != null) {
                schedule.put("closes_at", l.closesAt().toString());
            }
            if (l.schedule() != null) {
                schedule.put("description", l.schedule());
            }
            m.put("schedules", List.of(schedule));
        }
        if (withService) {
            m.put("service", serviceList(s, providers));
        }
        return m;
    }

    private static Map<String, Object> phone(String seed, String number) {
        return Map.of("id", uuid(seed), "number", number);
    }

    /** Stable ids for the parts HSDS wants identified and Minga does not store separately. */
    static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
