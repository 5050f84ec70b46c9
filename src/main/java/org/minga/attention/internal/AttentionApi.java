package org.minga.attention.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Attentions by setting, as JSON. */
@Requires(Capability.READ_PERSONAL_DATA)
@RestController
record AttentionApi(AttentionService attentions) {

    @GetMapping("/api/v1/attentions")
    PageResult<AttentionService.AttentionView> list(@RequestParam(required = false) Long jurisdictionId,
            @RequestParam(required = false) String setting,
            @RequestParam(required = false) Long territory,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return attentions.list(new AttentionService.Filter(jurisdictionId, setting, territory, from, to),
                CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/attentions/counts")
    List<AttentionService.Count> counts(@RequestParam(required = false) Long jurisdictionId,
            @RequestParam(required = false) String setting,
            @RequestParam(required = false) Long territory,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return attentions.counts(new AttentionService.Filter(jurisdictionId, setting, territory, from, to), level,
                CurrentUsers.require());
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/attentions")
    ResponseEntity<AttentionService.AttentionView> create(@RequestBody AttentionService.AttentionCommand c,
            @RequestParam(required = false) String jurisdiction) {
        AttentionService.AttentionView v = attentions.create(c, jurisdiction, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/attentions/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/attentions/{id}")
    AttentionService.AttentionView get(@PathVariable long id) {
        return attentions.get(id, CurrentUsers.require());
    }
}
