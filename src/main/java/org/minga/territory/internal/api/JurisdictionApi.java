package org.minga.territory.internal.api;

import org.minga.platform.AccessPolicy;
import org.minga.platform.Capability;
import org.minga.platform.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.ForbiddenException;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewJurisdiction;
import org.minga.territory.TerritoryLevelView;
import org.minga.territory.TerritoryTree;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Jurisdictions with their territorial levels. Lives here because levels are territory data. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1/jurisdictions")
@Tag(name = "Jurisdicciones", description = "Municipios o distritos dueños de los datos")
record JurisdictionApi(Jurisdictions jurisdictions, TerritoryTree tree) {

    record JurisdictionWithLevels(long id, String code, String name, String country, String timeZone,
            List<TerritoryLevelView> levels) {
    }

    record LevelInput(String code, String name, Integer rank) {
    }

    @GetMapping
    @Operation(summary = "Jurisdicciones visibles para el usuario, con sus niveles territoriales")
    List<JurisdictionWithLevels> list() {
        CurrentUser user = CurrentUsers.require();
        return jurisdictions.visibleTo(user).stream().map(this::withLevels).toList();
    }

    @GetMapping("/{code}")
    JurisdictionWithLevels one(@PathVariable String code) {
        return withLevels(jurisdictions.requireVisible(code, CurrentUsers.require()));
    }

    @Requires(Capability.ADMINISTER_USERS)
    @PostMapping
    @Operation(summary = "Crear una jurisdicción (administradores)")
    ResponseEntity<JurisdictionWithLevels> create(@RequestBody NewJurisdiction command) {
        if (!AccessPolicy.reachesAllJurisdictions(CurrentUsers.require(), Capability.ADMINISTER_USERS)) {
            throw new ForbiddenException("Solo un administrador crea jurisdicciones.");
        }
        Jurisdiction created = jurisdictions.create(command);
        return ResponseEntity.created(URI.create("/api/v1/jurisdictions/" + created.code())).body(withLevels(created));
    }

    @Requires(Capability.CONFIGURE_JURISDICTION)
    @PostMapping("/{code}/levels")
    @Operation(summary = "Definir un nivel territorial (administrador o distrital)")
    ResponseEntity<TerritoryLevelView> defineLevel(@PathVariable String code, @RequestBody LevelInput input) {
        CurrentUser user = CurrentUsers.requireWriter();
        Jurisdiction j = jurisdictions.requireVisible(code, user);
        TerritoryLevelView level = tree.defineLevel(user, j.id(), input.code(), input.name(),
                input.rank() == null ? -1 : input.rank());
        return ResponseEntity.status(201).body(level);
    }

    private JurisdictionWithLevels withLevels(Jurisdiction j) {
        return new JurisdictionWithLevels(j.id(), j.code(), j.name(), j.country(), j.timeZone(), tree.levels(j.id()));
    }
}
