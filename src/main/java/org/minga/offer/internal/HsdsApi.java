package org.minga.offer.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.minga.platform.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Open Referral HSDS 3.0 API of the offer: public, read only, no contact people. */
@Requires(Capability.PUBLIC)
@RestController
@RequestMapping("/api/v1/hsds")
record HsdsApi(HsdsReadModel export) {

    @GetMapping({"", "/"})
    Map<String, Object> about() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", "3.0");
        m.put("profile", "https://docs.openreferral.org/en/v3.0/");
        m.put("openapi_url", "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
        return m;
    }

    @GetMapping("/services")
    Map<String, Object> services(@RequestParam(required = false) String search,
            @RequestParam(name = "organization_id", required = false) String organizationId,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false, defaultValue = "false") boolean minimal,
            @RequestParam(required = false, defaultValue = "false") boolean full) {
        return export.services(HsdsFilter.of(search, organizationId, export.jurisdictionId(jurisdiction),
                modifiedAfter, taxonomyTermId, taxonomyId), page, perPage, minimal, full);
    }

    @GetMapping("/services/{id}")
    Map<String, Object> service(@PathVariable String id) {
        return export.service(uuid(id));
    }

    @GetMapping("/organizations")
    Map<String, Object> organizations(@RequestParam(required = false) String search,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false, defaultValue = "false") boolean full,
            @RequestParam(name = "full_service", required = false, defaultValue = "false") boolean fullService) {
        return export.organizations(search, export.jurisdictionId(jurisdiction), HsdsFilter.instant(modifiedAfter),
                page, perPage, full, fullService);
    }

    @GetMapping("/organizations/{id}")
    Map<String, Object> organization(@PathVariable String id,
            @RequestParam(name = "full_service", required = false, defaultValue = "false") boolean fullService) {
        return export.organization(uuid(id), fullService);
    }

    @GetMapping("/service_at_locations")
    Map<String, Object> serviceAtLocations(@RequestParam(required = false) String search,
            @RequestParam(name = "service_id", required = false) String serviceId,
            @RequestParam(name = "organization_id", required = false) String organizationId,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage,
            @RequestParam(required = false, defaultValue = "false") boolean full) {
        return export.serviceAtLocations(HsdsFilter.of(search, organizationId, export.jurisdictionId(jurisdiction),
                modifiedAfter, taxonomyTermId, taxonomyId), serviceId == null ? null : uuid(serviceId), page,
                perPage, full);
    }

    @GetMapping("/service_at_locations/{id}")
    Map<String, Object> serviceAtLocation(@PathVariable String id) {
        return export.serviceAtLocation(uuid(id));
    }

    /** Needs, sectors and population groups. */
    @GetMapping("/taxonomies")
    Map<String, Object> taxonomies(@RequestParam(required = false) String search,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        return HsdsTaxonomies.taxonomies(search, HsdsReadModel.request(page, perPage));
    }

    @GetMapping("/taxonomies/{id}")
    Map<String, Object> taxonomy(@PathVariable String id) {
        return HsdsTaxonomies.taxonomy(uuid(id)).map(HsdsTaxonomies::taxonomy)
                .orElseThrow(() -> new NotFoundException("No existe la taxonomía " + id + "."));
    }

    @GetMapping("/taxonomy_terms")
    Map<String, Object> taxonomyTerms(@RequestParam(required = false) String search,
            @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
            @RequestParam(name = "parent_id", required = false) String parentId,
            @RequestParam(name = "top_only", required = false, defaultValue = "false") boolean topOnly,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        return HsdsTaxonomies.terms(search, taxonomyId == null ? null : uuid(taxonomyId), parentId != null,
                HsdsReadModel.request(page, perPage));
    }

    @GetMapping("/taxonomy_terms/{id}")
    Map<String, Object> taxonomyTerm(@PathVariable String id) {
        return HsdsTaxonomies.term(uuid(id)).map(HsdsTaxonomies::term)
                .orElseThrow(() -> new NotFoundException("No existe el término " + id + "."));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No existe el identificador " + text + ".");
        }
    }
}
