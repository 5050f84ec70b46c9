package org.minga.territory.internal.prioritization;

import org.minga.territory.RunComparison;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.net.URI;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Prioritisation runs as JSON: run one, read one, list the past ones. */
@Requires(Capability.READ_TERRITORIAL_INFO)
@RestController
@RequestMapping("/api/v1/prioritization/runs")
record PrioritizationApi(PrioritizationService service) {

    @Requires(Capability.MANAGE_TERRITORY)
    @PostMapping
    ResponseEntity<RunView> run(@RequestBody RunRequest request) {
        RunView run = service.run(request, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/prioritization/runs/" + run.id())).body(run);
    }

    /** Runs of the same method over several years side by side: {@code ?runs=1&runs=2}. */
    @GetMapping("/comparison")
    RunComparison compare(@RequestParam(name = "runs", required = false) List<Long> runs) {
        return service.compare(runs, CurrentUsers.require());
    }

    @GetMapping("/{id}")
    RunView get(@PathVariable long id) {
        return service.require(id, CurrentUsers.require());
    }

    @GetMapping
    PageResult<RunSummary> list(@RequestParam(required = false) String jurisdiction,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        CurrentUser user = CurrentUsers.require();
        Long j = jurisdiction == null || jurisdiction.isBlank() ? null
                : service.jurisdictionFor(jurisdiction, user).id();
        return service.list(j, user, PageRequest.of(page, size));
    }
}
