package org.minga.dashboard.internal;

import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.Requires;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The before/after report of an index as JSON: {@code /api/v1/dashboard/before-after?runs=1&runs=2}. */
@Requires(Capability.READ_AGGREGATES)
@RestController
record BeforeAfterApi(BeforeAfterReports reports) {

    @GetMapping("/api/v1/dashboard/before-after")
    BeforeAfterReport report(@RequestParam(name = "runs", required = false) List<Long> runs) {
        return reports.report(runs, CurrentUsers.require());
    }
}
