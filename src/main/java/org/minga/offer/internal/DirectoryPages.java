package org.minga.offer.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minga.actor.Sector;
import org.minga.offer.Need;
import org.minga.offer.ValueGroup;
import org.minga.offer.ServiceCard;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NotFoundException;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.ValidationException;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public directory of the offer (no login): what each jurisdiction offers, by territory, need, sector and
 * population, in plain language, with a printable page per service and per territory.
 */
@Requires(Capability.PUBLIC)
@Controller
record DirectoryPages(OfferReadModel read, EligibilityReadModel eligibility, Jurisdictions jurisdictions,
        Territories territories, TerritoryTree tree) {

    /** A territory's printable page lists at most this many services. */
    static final int PRINT_LIMIT = 500;

    @GetMapping("/directory")
    String index(Model model) {
        model.addAttribute("jurisdictions", jurisdictions.all());
        return "offer/directory-index";
    }

    @GetMapping("/directory/{code}")
    String search(@PathVariable String code, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long territory, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String need, @RequestParam(required = false) String group,
            @RequestParam(required = false) Integer page, Model model) {
        Jurisdiction j = jurisdiction(code);
        TerritoryView t = territory == null ? null : territoryOf(j, territory);
        OfferReadModel.Search search;
        try {
            search = OfferApi.search(q, t, sector, need, group, true);
        } catch (ValidationException e) {
            search = new OfferReadModel.Search(q, t, null, null, null, null, true);
            model.addAttribute("errors", e.errors());
        }
        PageResult<ServiceCard> results = read.search(j.id(), search, PageRequest.of(page, 20));
        model.addAttribute("jurisdiction", j);
        model.addAttribute("results", results);
        model.addAttribute("q", q);
        model.addAttribute("territory", t);
        model.addAttribute("sector", search.sector());
        model.addAttribute("need", search.need());
        model.addAttribute("group", search.group());
        filters(j, model);
        return "offer/directory";
    }

    @GetMapping("/directory/{code}/services/{id}")
    String service(@PathVariable String code, @PathVariable long id, Model model) {
        Jurisdiction j = jurisdiction(code);
        ServiceView s = read.byId(id).filter(x -> x.jurisdictionId() == j.id() && !"INACTIVE".equals(x.status()))
                .orElseThrow(() -> new NotFoundException(
                        "No existe el servicio " + id + " en el directorio de " + j.name() + "."));
        model.addAttribute("jurisdiction", j);
        model.addAttribute("service", s);
        return "offer/directory-service";
    }

    @GetMapping("/directory/{code}/territories/{territoryId}")
    String territory(@PathVariable String code, @PathVariable long territoryId, Model model) {
        Jurisdiction j = jurisdiction(code);
        TerritoryView t = territoryOf(j, territoryId);
        PageResult<ServiceCard> all = read.search(j.id(),
                new OfferReadModel.Search(null, t, null, null, null, null, true),
                PageRequest.of(0, PRINT_LIMIT));
        model.addAttribute("jurisdiction", j);
        model.addAttribute("territory", t);
        model.addAttribute("services", all);
        return "offer/directory-territory";
    }

    /** "¿Qué servicios me corresponden?": the eligibility check, for anyone, with nothing stored. */
    @GetMapping("/directory/{code}/eligibility")
    String eligibility(@PathVariable String code, @RequestParam(required = false) String age,
            @RequestParam(required = false) String sex, @RequestParam(required = false) List<String> groups,
            @RequestParam(required = false) String sisben, @RequestParam(required = false) String territory,
            Model model) {
        Jurisdiction j = jurisdiction(code);
        model.addAttribute("jurisdiction", j);
        model.addAttribute("age", age);
        model.addAttribute("sex", sex);
        model.addAttribute("selectedGroups", groups == null ? List.of() : groups);
        model.addAttribute("sisben", sisben);
        model.addAttribute("territoryCode", territory);
        filters(j, model);
        if (age != null) {
            try {
                String joined = groups == null ? null : String.join(",", groups);
                model.addAttribute("answer", eligibility.eligibility(j.id(),
                        new ProfileInput(age, sex, joined, sisben, territory).parse(j, territories),
                        PageRequest.of(0, 100)));
            } catch (ValidationException e) {
                model.addAttribute("errors", e.errors());
            }
        }
        return "offer/directory-eligibility";
    }

    private void filters(Jurisdiction j, Model model) {
        List<TerritoryView> places = new ArrayList<>();
        tree.levels(j.id()).stream().filter(l -> l.rank() >= 1 && l.rank() <= 2)
                .forEach(l -> places.addAll(territories.ofLevel(j.id(), l.code(), AccessScope.jurisdiction(j.id()))));
        places.sort(java.util.Comparator.comparing(TerritoryView::path));
        model.addAttribute("places", places);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("needs", Need.values());
        model.addAttribute("groups", ValueGroup.values());
    }

    private Jurisdiction jurisdiction(String code) {
        return jurisdictions.byCode(code)
                .orElseThrow(() -> new NotFoundException("No existe la jurisdicción " + code + "."));
    }

    private TerritoryView territoryOf(Jurisdiction j, long id) {
        Optional<TerritoryView> t = territories.byId(id).filter(x -> x.jurisdictionId() == j.id());
        return t.orElseThrow(() -> new NotFoundException("No existe el territorio " + id + " en " + j.name() + "."));
    }
}
