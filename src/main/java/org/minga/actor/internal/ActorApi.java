package org.minga.actor.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.List;

import org.minga.actor.ActorSummary;
import org.minga.actor.ActorType;
import org.minga.actor.Sector;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Actors, their contact people, alliances, social assets and the actor map, as JSON. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1")
record ActorApi(ActorService actors, ActorQueries queries, ActorContacts contacts, AllianceService alliances,
        SocialAssetService assets, ActorMapReadModel maps, Territories territories) {

    @GetMapping("/actors")
    PageResult<ActorSummary> list(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String type, @RequestParam(required = false) String sector,
            @RequestParam(required = false) Long territory, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = actors.jurisdiction(jurisdiction, user);
        ActorType t = type == null || type.isBlank() ? null : ActorType.parse(type)
                .orElseThrow(() -> new ValidationException("type", "El tipo de actor '" + type + "' no existe."));
        Sector s = sector == null || sector.isBlank() ? null : Sector.parse(sector)
                .orElseThrow(() -> new ValidationException("sector", "El sector '" + sector + "' no existe."));
        TerritoryView where = territory == null ? null : territories.requireVisible(territory, user);
        return queries.find(j.id(), t, s, where, q, PageRequest.of(page, size));
    }

    @GetMapping("/actors/{id:\\d+}")
    ActorDetail get(@PathVariable long id) {
        return queries.detail(id, CurrentUsers.require());
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/actors")
    @ResponseStatus(HttpStatus.CREATED)
    ActorSummary create(@RequestBody ActorForm form) {
        return actors.create(form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PutMapping("/actors/{id}")
    ActorSummary update(@PathVariable long id, @RequestBody ActorForm form) {
        return actors.update(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/actors/{id}/contacts")
    List<ContactView> contacts(@PathVariable long id) {
        return contacts.of(id, CurrentUsers.require());
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/actors/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    ContactView addContact(@PathVariable long id, @RequestBody ContactForm form) {
        return contacts.add(id, form, CurrentUsers.requireWriter());
    }

    /** The day a contact person accepted invitations by e-mail. */
    record EmailAcceptance(java.time.LocalDate acceptedOn) {
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/actors/{id}/contacts/{contactId}/email-acceptance")
    List<ContactView> acceptEmail(@PathVariable long id, @PathVariable long contactId,
            @RequestBody EmailAcceptance body) {
        contacts.acceptEmail(id, contactId, body == null ? null : body.acceptedOn(), CurrentUsers.requireWriter());
        return contacts.of(id, CurrentUsers.require());
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @DeleteMapping("/actors/{id}/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeContact(@PathVariable long id, @PathVariable long contactId) {
        contacts.remove(id, contactId, CurrentUsers.requireWriter());
    }

    @GetMapping("/actors/map")
    ActorMapReadModel.ActorMap map(@RequestParam long territory) {
        return maps.of(territories.requireVisible(territory, CurrentUsers.require()));
    }

    @GetMapping("/alliances")
    PageResult<AllianceService.AllianceView> alliances(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        return alliances.list(actors.jurisdiction(jurisdiction, user).id(), q, territories.scopeOf(user),
                PageRequest.of(page, size));
    }

    @GetMapping("/alliances/{id}")
    AllianceService.AllianceView alliance(@PathVariable long id) {
        return alliances.requireVisible(id, CurrentUsers.require());
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/alliances")
    @ResponseStatus(HttpStatus.CREATED)
    AllianceService.AllianceView createAlliance(@RequestBody AllianceForm form) {
        return alliances.create(form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PutMapping("/alliances/{id}")
    AllianceService.AllianceView updateAlliance(@PathVariable long id, @RequestBody AllianceForm form) {
        return alliances.update(id, form, CurrentUsers.requireWriter());
    }

    @GetMapping("/social-assets")
    PageResult<SocialAssetService.AssetView> assets(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Long territory,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean located,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = actors.jurisdiction(jurisdiction, user);
        TerritoryView where = territory == null ? null : territories.requireVisible(territory, user);
        return assets.list(j.id(), where, territories.scopeOf(user), q, located, PageRequest.of(page, size));
    }

    @GetMapping("/social-assets/{id}")
    SocialAssetService.AssetView asset(@PathVariable long id) {
        return assets.requireVisible(id, CurrentUsers.require());
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/social-assets")
    @ResponseStatus(HttpStatus.CREATED)
    SocialAssetService.AssetView createAsset(@RequestBody AssetForm form) {
        return assets.create(form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PutMapping("/social-assets/{id}")
    SocialAssetService.AssetView updateAsset(@PathVariable long id, @RequestBody AssetForm form) {
        return assets.update(id, form, CurrentUsers.requireWriter());
    }
}
