package org.minga.actor.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.minga.actor.ActorSummary;
import org.minga.platform.AccessScope;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.ImportColumn;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Labels;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Requires;
import org.minga.platform.TableExport;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Actors, alliances and social assets as spreadsheets, with the columns of the matching import: an exported file can
 * be edited and imported again (codes and Spanish words, as the import reads them).
 */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1")
record ActorExports(ActorService actors, ActorQueries queries, AllianceService alliances, SocialAssetService assets,
        Territories territories, Labels labels) {

    @GetMapping("/actors/export")
    ResponseEntity<byte[]> exportActors(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String format) {
        // parents first, so the file imports in one go
        return export(jurisdiction, format, "actores-", ActorImportHandlers.ACTOR_COLUMNS,
                (j, scope) -> sortParentsFirst(all(page -> queries.find(j.id(), null, null, null, null, page))
                        .stream().map(this::actorRow).toList()));
    }

    @GetMapping("/alliances/export")
    ResponseEntity<byte[]> exportAlliances(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String format) {
        return export(jurisdiction, format, "alianzas-", ActorImportHandlers.ALLIANCE_COLUMNS,
                (j, scope) -> all(page -> alliances.list(j.id(), null, scope, page)).stream()
                        .flatMap(a -> a.members().stream().map(m -> allianceRow(a, m))).toList());
    }

    @GetMapping("/social-assets/export")
    ResponseEntity<byte[]> exportAssets(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String format) {
        // one query for the assets and one for their actors' codes, not a page after page and an actor per row
        return export(jurisdiction, format, "activos-sociales-", ActorImportHandlers.ASSET_COLUMNS, (j, scope) -> {
            List<SocialAssetService.AssetView> all = assets.all(j.id(), scope);
            Map<Long, ActorSummary> actors = queries.byIds(all.stream().map(SocialAssetService.AssetView::actorId)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
            return all.stream().map(a -> assetRow(a, actors)).toList();
        });
    }

    /** A file named after the jurisdiction, with the import's columns and the rows of the user's scope. */
    private ResponseEntity<byte[]> export(String jurisdiction, String format, String name,
            List<ImportColumn> columns, BiFunction<Jurisdiction, AccessScope, List<List<String>>> rows) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = actors.jurisdiction(jurisdiction, user);
        return TableExport.of(name + j.code(), format, columns.stream().map(ImportColumn::name).toList(),
                rows.apply(j, territories.scopeOf(user)));
    }

    private List<String> actorRow(ActorSummary a) {
        return Arrays.asList(a.code(), a.name(), a.acronym(), labels.spanish(a.type()), queries.parentCode(a),
                String.join("; ", a.sectors().stream().map(labels::spanish).toList()),
                String.join("; ", queries.territoryCodes(a.id())), a.description(), a.website(), a.email(), a.phone(),
                a.active() ? "activo" : "inactivo");
    }

    private List<String> allianceRow(AllianceService.AllianceView a, AllianceService.MemberView m) {
        String territory = a.territoryId() == null ? null
                : territories.byId(a.territoryId()).map(TerritoryView::code).orElse(null);
        return Arrays.asList(a.code(), a.name(), a.purpose(), words(a.scope()), territory, a.startDate().toString(),
                a.endDate() == null ? null : a.endDate().toString(), words(a.status()), m.actorCode(),
                m.contribution());
    }

    private List<String> assetRow(SocialAssetService.AssetView a, Map<Long, ActorSummary> actors) {
        ActorSummary actor = a.actorId() == null ? null : actors.get(a.actorId());
        String actorCode = actor == null ? null : actor.code();
        return Arrays.asList(a.code(), a.name(), words(a.kind()), words(a.nature()), a.description(), actorCode,
                a.territoryCode(), a.address(), a.latitude() == null ? null : a.latitude().toString(),
                a.longitude() == null ? null : a.longitude().toString(), a.active() ? "activo" : "inactivo");
    }

    /** Every item of a paged list, page after page of the largest size. */
    private static <T> List<T> all(Function<PageRequest, PageResult<T>> pages) {
        List<T> all = new ArrayList<>();
        for (int p = 0;; p++) {
            PageResult<T> page = pages.apply(new PageRequest(p, PageResult.MAX_SIZE));
            all.addAll(page.items());
            if (!page.hasNext()) {
                return all;
            }
        }
    }

    /** A constant's Spanish words in lower case, as the import reads them back. */
    private String words(Enum<?> constant) {
        return labels.spanish(constant).toLowerCase(Locale.ROOT);
    }

    /** Each actor after the actor it depends on. */
    private static List<List<String>> sortParentsFirst(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<List<String>> pending = new ArrayList<>(rows);
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (Iterator<List<String>> it = pending.iterator(); it.hasNext();) {
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
}
