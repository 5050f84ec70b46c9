package org.minga.household.internal.board;

import org.minga.household.internal.board.BoardRecords.Board;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.NavigationItem;
import org.minga.platform.Requires;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The local management board: page {@code /board?territory=} (map, clusters, teams) and API
 * {@code /api/v1/board?territory=}. It shows households, so it needs <em>leer datos personales</em>; the households
 * it lists go on the access log (their views are personal records), and each one opens on its own page (logged too).
 */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
record BoardPages(LocalBoard board) {

    @Bean
    static NavigationItem boardNavigation() {
        return NavigationItem.needing("board", "Tablero de gestión local", "/board", 86,
                Capability.READ_PERSONAL_DATA);
    }

    @GetMapping("/board")
    String page(@RequestParam(required = false) Long territory, @RequestParam(required = false) String jurisdiction,
            Model model) {
        model.addAttribute("board", board.of(CurrentUsers.require(), territory, jurisdiction));
        return "household/board";
    }

    @GetMapping(path = "/api/v1/board", produces = "application/json")
    @ResponseBody
    Board api(@RequestParam(required = false) Long territory, @RequestParam(required = false) String jurisdiction) {
        return board.of(CurrentUsers.require(), territory, jurisdiction);
    }
}
