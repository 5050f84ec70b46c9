package org.minga.training.internal;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The training figures page: a territory's trained agents and a map of its children coloured by theirs (the
 * situation room's map script), drilling down on a click; figures only, for who may read them.
 */
@Requires(Capability.READ_AGGREGATES)
@Controller
record TrainingFigurePages(TrainingQueries queries) {

    @GetMapping("/training/figures")
    String figures(@RequestParam(required = false) Long territory, Model model) {
        model.addAttribute("agents", queries.trainedAgentsMap(territory, CurrentUsers.require()));
        return "training/figures";
    }
}
