package org.minga.territory.internal.variable;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.net.URI;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The variable catalogue and the stored values, as JSON. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1/variables")
record VariableApi(VariableCatalog catalog, Jurisdictions jurisdictions, Territories territories) {

    @GetMapping
    PageResult<SocialVariable> list(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        Jurisdiction j = jurisdiction(jurisdiction, user);
        PageRequest p = PageRequest.of(page, size);
        List<SocialVariable> all = catalog.list(j.id());
        int from = (int) Math.min(all.size(), p.offset());
        return new PageResult<>(all.subList(from, Math.min(all.size(), from + p.size())), p.page(), p.size(),
                all.size());
    }

    @GetMapping("/{id}")
    SocialVariable get(@PathVariable long id) {
        return catalog.requireVisible(id, CurrentUsers.require());
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping
    ResponseEntity<SocialVariable> create(@RequestBody VariableForm form) {
        SocialVariable created = catalog.create(form, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/variables/" + created.id())).body(created);
    }

    @Requires(Capability.MANAGE_TERRITORY)
    @PutMapping("/{id}")
    SocialVariable update(@PathVariable long id, @RequestBody VariableForm form) {
        return catalog.update(id, form, CurrentUsers.require());
    }

    /** Values of territories in the user's scope only. */
    @GetMapping("/{id}/values")
    PageResult<VariableValueView> values(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        SocialVariable v = catalog.requireVisible(id, user);
        return catalog.values(v, year, level, territories.scopeOf(user), PageRequest.of(page, size));
    }

    private Jurisdiction jurisdiction(String code, CurrentUser user) {
        return jurisdictions.namedOrOwn(code, user);
    }
}
