package org.minga.offer.internal;

import org.minga.platform.Labels;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import org.minga.actor.Sector;
import org.minga.offer.EligibilityAnswer;
import org.minga.offer.Need;
import org.minga.offer.ValueGroup;
import org.minga.offer.ServiceCard;
import org.minga.platform.TableExport;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Labels;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Services and the eligibility check, as JSON. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1/services")
record OfferApi(OfferReadModel read, EligibilityReadModel eligibility, ServiceEditing editing,
        Jurisdictions jurisdictions, Territories territories, Labels labels) {

    @GetMapping
    PageResult<ServiceCard> list(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long territory, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String need, @RequestParam(required = false) String group,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        TerritoryView t = territory == null ? null : territories.requireVisible(territory, user);
        return read.search(j.id(), search(q, t, sector, need, group, false), PageRequest.of(page, size));
    }

    /** The services a person may receive, and for the others the first reason why not. */
    @GetMapping("/eligible")
    EligibilityAnswer eligible(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String age,
            @RequestParam(required = false) String sex, @RequestParam(required = false) String groups,
            @RequestParam(required = false) String sisben, @RequestParam(required = false) String territory,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        return eligibility.eligibility(j.id(),
                new ProfileInput(age, sex, groups, sisben, territory).parse(j, territories),
                PageRequest.of(page, size));
    }

    /** The services of a jurisdiction with the columns of the "services" import. */
    @GetMapping("/export")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String format) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdictions.namedOrOwn(jurisdiction, user);
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        read.exportRows(j.id(), (s, providerCode) -> rows.add(ServiceImportHandler.row(s, providerCode, labels)));
        return TableExport.of("servicios-" + j.code(), format,
                ServiceImportHandler.COLUMNS.stream().map(org.minga.platform.ImportColumn::name).toList(), rows);
    }

    @GetMapping("/{id}")
    ServiceView get(@PathVariable long id) {
        return read.requireVisible(id, CurrentUsers.require());
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ServiceView create(@RequestBody ServiceForm form) {
        return editing.create(form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PutMapping("/{id}")
    ServiceView update(@PathVariable long id, @RequestBody ServiceForm form) {
        return editing.update(id, form, CurrentUsers.requireWriter());
    }

    static OfferReadModel.Search search(String q, TerritoryView t, String sector, String need, String group,
            boolean onlyActive) {
        Sector s = sector == null || sector.isBlank() ? null : Sector.parse(sector)
                .orElseThrow(() -> new ValidationException("sector", "El sector '" + sector + "' no existe."));
        Need n = need == null || need.isBlank() ? null : Labels.read(Need.class, need)
                .orElseThrow(() -> new ValidationException("need", "La necesidad '" + need + "' no existe."));
        ValueGroup g = group == null || group.isBlank() ? null : Labels.read(ValueGroup.class, group)
                .orElseThrow(() -> new ValidationException("group", "El grupo poblacional '" + group + "' no existe."));
        return new OfferReadModel.Search(q, t, s, n, g, null, onlyActive);
    }
}
