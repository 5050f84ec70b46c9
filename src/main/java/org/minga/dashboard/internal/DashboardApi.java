package org.minga.dashboard.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.time.LocalDate;

import org.minga.platform.CurrentUsers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The situation room as JSON: {@code /api/v1/dashboard?territory={id}&from=&to=&indicator=}. */
@Requires(Capability.READ_AGGREGATES)
@RestController
record DashboardApi(Dashboard room) {

    @GetMapping("/api/v1/dashboard")
    Dashboard.Room dashboard(@RequestParam(required = false) Long territory,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String indicator) {
        return room.room(CurrentUsers.require(), territory, from, to, indicator);
    }
}
