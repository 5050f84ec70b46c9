package org.minga.territory.internal.geometry;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.List;
import java.util.Optional;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NavigationItem;
import org.minga.territory.Territories;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The map of territory shapes, with "which territory is this point in". */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
record MapPage(Jurisdictions jurisdictions, Territories territories, GeometryReadModel shapes,
        @Value("${minga.map.tile-url:}") String tileUrl,
        @Value("${minga.map.tile-attribution:}") String tileAttribution) {
    /** A level of the chosen jurisdiction and how many shapes of it the user may see. */
    record LevelOption(String code, String name, int rank, long shapes) {
    }

    @Bean
    static NavigationItem mapNavigation() {
        return NavigationItem.territorial("map", "Mapa", "/territories/map", 20);
    }

    @GetMapping("/territories/map")
    String map(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String level,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        List<Jurisdiction> visible = jurisdictions.visibleTo(user);
        Optional<Jurisdiction> chosen;
        if (jurisdiction != null && !jurisdiction.isBlank()) {
            chosen = Optional.of(jurisdictions.requireVisible(jurisdiction.strip(), user));
        } else if (user.jurisdictionId() != null) {
            chosen = jurisdictions.byId(user.jurisdictionId());
        } else {
            chosen = visible.stream().filter(j -> shapes.hasShapes(j.id())).findFirst()
                    .or(() -> visible.stream().findFirst());
        }
        model.addAttribute("jurisdictions", visible);
        model.addAttribute("tileUrl", tileUrl == null ? "" : tileUrl);
        model.addAttribute("tileAttribution", tileAttribution == null ? "" : tileAttribution);
        model.addAttribute("jurisdiction", chosen.orElse(null));
        if (chosen.isEmpty()) {
            model.addAttribute("levels", List.of());
            return "territory/map";
        }
        Jurisdiction j = chosen.get();
        List<LevelOption> levels = shapes.levels(j.id(), territories.scopeOf(user));
        LevelOption selected = levels.stream().filter(l -> l.code().equals(level)).findFirst()
                .or(() -> levels.stream().filter(l -> l.shapes() > 0).findFirst())
                .orElse(null);
        model.addAttribute("levels", levels);
        model.addAttribute("level", selected);
        return "territory/map";
    }
}
