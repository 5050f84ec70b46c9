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
import org.minga.platform.AccessScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The map of territory shapes, with "which territory is this point in". */
@Requires(Capability.READ_TERRITORIAL_INFO)
@Controller
class MapPage {

    /** A level of the chosen jurisdiction and how many shapes of it the user may see. */
    record LevelOption(String code, String name, int rank, long shapes) {
    }

    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final JdbcClient jdbc;
    private final String tileUrl;
    private final String tileAttribution;

    MapPage(Jurisdictions jurisdictions, Territories territories, JdbcClient jdbc,
            @Value("${minga.map.tile-url:}") String tileUrl,
            @Value("${minga.map.tile-attribution:}") String tileAttribution) {
        this.jurisdictions = jurisdictions;
        this.territories = territories;
        this.jdbc = jdbc;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
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
            chosen = visible.stream().filter(j -> hasShapes(j.id())).findFirst().or(() -> visible.stream().findFirst());
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
        List<LevelOption> levels = levels(j.id(), territories.scopeOf(user));
        LevelOption selected = levels.stream().filter(l -> l.code().equals(level)).findFirst()
                .or(() -> levels.stream().filter(l -> l.shapes() > 0).findFirst())
                .orElse(null);
        model.addAttribute("levels", levels);
        model.addAttribute("level", selected);
        return "territory/map";
    }

    private boolean hasShapes(long jurisdictionId) {
        return jdbc.sql("select exists(select 1 from territory_geometry where jurisdiction_id = :j)")
                .param("j", jurisdictionId).query(Boolean.class).single();
    }

    /** Levels by rank, each with its number of shapes in scope; the first with shapes is the default. */
    private List<LevelOption> levels(long jurisdictionId, AccessScope scope) {
        return jdbc.sql("""
                select l.code, l.name, l.rank,
                       (select count(*) from territory t join territory_geometry g on g.territory_id = t.id
                        where t.jurisdiction_id = l.jurisdiction_id and t.level_id = l.id
                          and t.path like :prefix) as shapes
                from territory_level l where l.jurisdiction_id = :j
                order by l.rank, l.name""")
                .param("j", jurisdictionId).param("prefix", scope.likePattern())
                .query((rs, i) -> new LevelOption(rs.getString("code"), rs.getString("name"), rs.getInt("rank"),
                        rs.getLong("shapes")))
                .list();
    }
}
