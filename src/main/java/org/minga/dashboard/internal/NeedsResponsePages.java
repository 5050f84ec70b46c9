package org.minga.dashboard.internal;

import java.time.LocalDate;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Needs crossed with the response, page {@code /dashboard/needs} and API {@code /api/v1/dashboard/needs}: figures
 * only, so whoever reads the situation room reads it.
 */
@Requires(Capability.READ_AGGREGATES)
@Controller
record NeedsResponsePages(NeedsResponse crossing) {

    @GetMapping("/dashboard/needs")
    String page(@RequestParam(required = false) Long territory, @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("crossing", crossing.of(CurrentUsers.require(), territory, jurisdiction, from, to));
        return "dashboard/needs";
    }

    @GetMapping(path = "/api/v1/dashboard/needs", produces = "application/json")
    @ResponseBody
    NeedsResponse.Crossing api(@RequestParam(required = false) Long territory,
            @RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return crossing.of(CurrentUsers.require(), territory, jurisdiction, from, to);
    }
}
