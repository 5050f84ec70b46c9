package org.minga.territory.internal.api;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.NewTerritory;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryChange;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryTree.TerritorySearch;
import org.minga.territory.TerritoryView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1/territories")
@Tag(name = "Territorios", description = "Árbol territorial de cada jurisdicción")
record TerritoryApi(TerritoryTree tree, Territories territories, Jurisdictions jurisdictions) {

    @GetMapping
    @Operation(summary = "Territorios en el alcance del usuario, filtrados por nivel, padre y nombre")
    PageResult<TerritoryView> list(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) Long parent,
            @RequestParam(defaultValue = "false") boolean subtree,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = resolve(jurisdiction, user);
        return tree.search(user, new TerritorySearch(j.id(), level, parent, subtree, q), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    TerritoryView one(@PathVariable long id) {
        return territories.requireVisible(id, CurrentUsers.require());
    }

    @GetMapping("/{id}/children")
    List<TerritoryView> children(@PathVariable long id) {
        return tree.children(CurrentUsers.require(), id);
    }

    @GetMapping("/{id}/ancestry")
    @Operation(summary = "La cadena desde la raíz hasta el territorio")
    List<TerritoryView> ancestry(@PathVariable long id) {
        return tree.ancestry(CurrentUsers.require(), id);
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping
    ResponseEntity<TerritoryView> create(@Valid @RequestBody NewTerritory command) {
        TerritoryView created = tree.create(CurrentUsers.requireWriter(), command);
        return ResponseEntity.created(URI.create("/api/v1/territories/" + created.id())).body(created);
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PutMapping("/{id}")
    TerritoryView change(@PathVariable long id, @Valid @RequestBody TerritoryChange command) {
        return tree.change(CurrentUsers.requireWriter(), id, command);
    }

    private Jurisdiction resolve(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }
}
