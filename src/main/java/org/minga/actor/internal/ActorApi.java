package org.minga.actor.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.List;

import org.minga.actor.ActorSummary;
import org.minga.actor.ActorType;
import org.minga.actor.Sector;
import org.minga.platform.TableExport;
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
class ActorApi {

    private final ActorService actors;
    private final AllianceService alliances;
    private final SocialAssetService assets;
    private final ActorMapService maps;
    private final Territories territories;

    ActorApi(ActorService actors, AllianceService alliances, SocialAssetService assets, ActorMapService maps,
            Territories territories) {
        this.actors = actors;
        this.alliances = alliances;
        this.assets = assets;
        this.maps = maps;
        this.territories = territories;
    }

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
        return actors.find(j.id(), t, s, where, q, PageRequest.of(page, size));
    }

    /** Exports with the columns of the matching import: an exported file can be edited and imported again. */
    @GetMapping("/actors/export")
    org.springframework.http.ResponseEntity<byte[]> exportActors(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String format) {
        Jurisdiction j = actors.jurisdiction(jurisdiction, CurrentUsers.require());
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int p = 0;; p++) {
            PageResult<ActorSummary> page = actors.find(j.id(), null, null, null, null,
                    new PageRequest(p, PageResult.MAX_SIZE));
            for (ActorSummary a : page.items()) {
                String parent = a.parentId() == null ? null
                        : actors.byId(a.parentId()).map(ActorSummary::code).orElse(null);
                rows.add(java.util.Arrays.asList(a.code(), a.name(), a.acronym(), a.typeLabel(), parent,
                        String.join("; ", a.sectors().stream().map(Sector::label).toList()),
                        String.join("; ", actors.territoryCodes(a.id())), a.description(), a.website(), a.email(),
                        a.phone(),
                        a.active() ? "activo" : "inactivo"));
            }
            if (!page.hasNext()) {
                break;
            }
        }
        // parents first, so the file imports in one go
        return TableExport.of("actores-" + j.code(), format, names(ActorImportHandlers.ACTOR_COLUMNS),
                sortParentsFirst(rows));
    }

    @GetMapping("/alliances/export")
    org.springframework.http.ResponseEntity<byte[]> exportAlliances(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String format) {
        Jurisdiction j = actors.jurisdiction(jurisdiction, CurrentUsers.require());
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int p = 0;; p++) {
            PageResult<AllianceService.AllianceView> page = alliances.list(j.id(), null,
                    territories.scopeOf(CurrentUsers.require()),
                    new PageRequest(p, PageResult.MAX_SIZE));
            for (AllianceService.AllianceView a : page.items()) {
                String territory = a.territoryId() == null ? null
                        : territories.byId(a.territoryId()).map(TerritoryView::code).orElse(null);
                for (AllianceService.MemberView m : a.members()) {
                    rows.add(java.util.Arrays.asList(a.code(), a.name(), a.purpose(),
                            a.scopeLabel().toLowerCase(java.util.Locale.ROOT),
                            territory, a.startDate().toString(), a.endDate() == null ? null : a.endDate().toString(),
                            switch (a.status()) {
                            case "FINISHED" -> "finalizada";
                            case "SUSPENDED" -> "suspendida";
                            default -> "activa";
                            },
                            m.actorCode(), m.contribution()));
                }
            }
            if (!page.hasNext()) {
                break;
            }
        }
        return TableExport.of("alianzas-" + j.code(), format, names(ActorImportHandlers.ALLIANCE_COLUMNS), rows);
    }

    @GetMapping("/social-assets/export")
    org.springframework.http.ResponseEntity<byte[]> exportAssets(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String format) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = actors.jurisdiction(jurisdiction, user);
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int p = 0;; p++) {
            PageResult<SocialAssetService.AssetView> page = assets.list(j.id(), null, territories.scopeOf(user), null,
                    false,
                    new PageRequest(p, PageResult.MAX_SIZE));
            for (SocialAssetService.AssetView a : page.items()) {
                String actorCode = a.actorId() == null ? null
                        : actors.byId(a.actorId()).map(ActorSummary::code).orElse(null);
                rows.add(java.util.Arrays.asList(a.code(), a.name(),
                        a.kind().label().toLowerCase(java.util.Locale.ROOT),
                        a.natureLabel().toLowerCase(java.util.Locale.ROOT), a.description(), actorCode,
                        a.territoryCode(),
                        a.address(), a.latitude() == null ? null : a.latitude().toString(),
                        a.longitude() == null ? null : a.longitude().toString(), a.active() ? "activo" : "inactivo"));
            }
            if (!page.hasNext()) {
                break;
            }
        }
        return TableExport.of("activos-sociales-" + j.code(), format, names(ActorImportHandlers.ASSET_COLUMNS), rows);
    }

    private static List<String> names(List<org.minga.platform.ImportColumn> columns) {
        return columns.stream().map(org.minga.platform.ImportColumn::name).toList();
    }

    /** Each actor after the actor it depends on. */
    private static List<List<String>> sortParentsFirst(List<List<String>> rows) {
        List<List<String>> out = new java.util.ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        List<List<String>> pending = new java.util.ArrayList<>(rows);
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (java.util.Iterator<List<String>> it = pending.iterator(); it.hasNext();) {
                List<String> r = it.next();
                if (r.get(4) == null || placed.contains(r.get(4))) {
                    out.add(r);
                    placed.add(r.get(0));
                    it.remove();
                }
            }
            if (pending.size() == before) {
                out.addAll(pending);
                break;
            }
        }
        return out;
    }

    @GetMapping("/actors/{id:\\d+}")
    ActorDetail get(@PathVariable long id) {
        return actors.detail(id, CurrentUsers.require());
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
        return actors.contacts(id, CurrentUsers.require());
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @PostMapping("/actors/{id}/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    ContactView addContact(@PathVariable long id, @RequestBody ContactForm form) {
        return actors.addContact(id, form, CurrentUsers.requireWriter());
    }

    @Requires(Capability.MANAGE_ACTORS_AND_OFFER)
    @DeleteMapping("/actors/{id}/contacts/{contactId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeContact(@PathVariable long id, @PathVariable long contactId) {
        actors.removeContact(id, contactId, CurrentUsers.requireWriter());
    }

    @GetMapping("/actors/map")
    ActorMapService.ActorMap map(@RequestParam long territory) {
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
