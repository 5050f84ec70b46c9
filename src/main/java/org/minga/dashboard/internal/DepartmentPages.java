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

/** The department view: page {@code /dashboard/department} and API {@code /api/v1/dashboard/department}. */
@Requires(Capability.READ_AGGREGATES)
@Controller
record DepartmentPages(DepartmentView departments) {

    @GetMapping("/dashboard/department")
    String page(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        model.addAttribute("department", departments.of(CurrentUsers.require(), jurisdiction, from, to));
        return "dashboard/department";
    }

    @GetMapping(path = "/api/v1/dashboard/department", produces = "application/json")
    @ResponseBody
    DepartmentView.Department api(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return departments.of(CurrentUsers.require(), jurisdiction, from, to);
    }
}
