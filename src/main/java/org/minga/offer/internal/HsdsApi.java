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
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        return export.services(search, organizationId == null ? null : uuid(organizationId), jurisdiction, page,
                perPage);
    }

    @GetMapping("/services/{id}")
    Map<String, Object> service(@PathVariable String id) {
        return export.service(uuid(id));
    }

    @GetMapping("/organizations")
    Map<String, Object> organizations(@RequestParam(required = false) String search,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        return export.organizations(search, jurisdiction, page, perPage);
    }

    @GetMapping("/organizations/{id}")
    Map<String, Object> organization(@PathVariable String id) {
        return export.organization(uuid(id));
    }

    @GetMapping("/service_at_locations")
    Map<String, Object> serviceAtLocations(@RequestParam(required = false) String search,
            @RequestParam(name = "service_id", required = false) String serviceId,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "per_page", required = false) Integer perPage) {
        return export.serviceAtLocations(search, serviceId == null ? null : uuid(serviceId), page, perPage);
    }

    @GetMapping("/service_at_locations/{id}")
    Map<String, Object> serviceAtLocation(@PathVariable String id) {
        return export.serviceAtLocation(uuid(id));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No existe el identificador " + text + ".");
        }
    }
}
