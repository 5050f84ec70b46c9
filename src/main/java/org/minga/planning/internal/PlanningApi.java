package org.minga.planning.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.minga.planning.IndicatorDirection;
import org.minga.planning.internal.IndicatorReadModel.IndicatorView;
import org.minga.planning.internal.IndicatorService.NewIndicator;
import org.minga.planning.internal.PlanService.NewNode;
import org.minga.planning.internal.PlanService.NewPlan;
import org.minga.planning.internal.PlanReadModel.PlanView;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plans and indicators as JSON; indicator values as DHIS2 dataValueSets JSON and ADX XML (see {@link Dhis2Api}). */
@Requires(Capability.READ_AGGREGATES)
@RestController
record PlanningApi(PlanService planService, IndicatorService indicatorService, IndicatorReports reports,
        Dhis2Exports exports) {

    @GetMapping("/api/v1/plans")
    PageResult<PlanView> plans() {
        List<PlanView> all = planService.plans(CurrentUsers.require());
        return new PageResult<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/plans")
    ResponseEntity<PlanView> createPlan(@RequestBody NewPlan cmd) {
        PlanView p = planService.createPlan(CurrentUsers.requireWriter(), cmd);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + p.id())).body(p);
    }

    @GetMapping("/api/v1/plans/{id}")
    PlanDetail plan(@PathVariable long id) {
        CurrentUser user = CurrentUsers.require();
        return new PlanDetail(planService.plan(user, id), planService.nodes(id), indicatorService.indicators(user, id));
    }

    /** A plan with its tree of nodes and its indicators. */
    record PlanDetail(PlanView plan, List<PlanReadModel.NodeView> nodes, List<IndicatorView> indicators) {
    }

    /** The node a plan got. */
    record PlanNodeAdded(long id) {
    }

    /** The SDG target a plan node was linked to. */
    record PlanNodeSdgLinked(long node, String target) {
    }

    /** An indicator source Minga computes values from. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record IndicatorSourceView(String key, String label, String definition, String unit, IndicatorDirection direction) {
    }

    /** The value an indicator got for a period and a territory. */
    record IndicatorValueRecorded(long indicator, String period, long territoryId, Double value) {
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/plans/{id}/nodes")
    PlanNodeAdded addNode(@PathVariable long id, @RequestBody NewNode cmd) {
        long node = planService.addNode(CurrentUsers.requireWriter(), id, cmd);
        return new PlanNodeAdded(node);
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/plans/{id}/nodes/{node}/sdg")
    PlanNodeSdgLinked linkSdg(@PathVariable long id, @PathVariable long node, @RequestBody Map<String, String> body) {
        planService.linkSdg(CurrentUsers.requireWriter(), id, node, body.get("target"));
        return new PlanNodeSdgLinked(node, body.get("target"));
    }

    @GetMapping("/api/v1/indicators")
    PageResult<IndicatorView> indicators(@RequestParam(required = false) Long plan) {
        List<IndicatorView> all = indicatorService.indicators(CurrentUsers.require(), plan);
        return new PageResult<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @GetMapping("/api/v1/indicators/sources")
    List<IndicatorSourceView> sources() {
        CurrentUsers.require();
        return indicatorService.sources().stream()
                .map(s -> new IndicatorSourceView(s.key(), s.label(), s.definition(), s.unit(), s.direction()))
                .toList();
    }

    @Requires(Capability.MANAGE_PLANS)
    @PostMapping("/api/v1/indicators")
    ResponseEntity<IndicatorView> createIndicator(@RequestParam long jurisdiction, @RequestBody NewIndicator cmd) {
        IndicatorView i = indicatorService.createIndicator(CurrentUsers.requireWriter(), jurisdiction, cmd);
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + i.id())).body(i);
    }

    @GetMapping("/api/v1/indicators/{id}")
    IndicatorReports.Sheet indicator(@PathVariable long id, @RequestParam(required = false) Long territory) {
        return reports.sheet(CurrentUsers.require(), id, territory, org.minga.platform.Times.todayHere());
    }

    @GetMapping("/api/v1/indicators/{id}/values")
    List<IndicatorReadModel.ValueView> values(@PathVariable long id, @RequestParam(required = false) Long territory) {
        return reports.sheet(CurrentUsers.require(), id, territory, org.minga.platform.Times.todayHere()).allValues();
    }

    record ValueCommand(String period, Long territoryId, Double value, String note, Integer version) {
    }

    @Requires(Capability.MANAGE_PLANS)
    @PutMapping("/api/v1/indicators/{id}/values")
    IndicatorValueRecorded recordValue(@PathVariable long id, @RequestBody ValueCommand cmd) {
        if (cmd.territoryId() == null) {
            throw new org.minga.platform.ValidationException("territoryId", "Indique el territorio del valor.");
        }
        indicatorService.recordValue(CurrentUsers.requireWriter(), id, cmd.period(), cmd.territoryId(), cmd.value(),
                cmd.note(),
                cmd.version());
        return new IndicatorValueRecorded(id, cmd.period(), cmd.territoryId(), cmd.value());
    }

    record TargetCommand(String period, Double value) {
    }

    @Requires(Capability.MANAGE_PLANS)
    @PutMapping("/api/v1/indicators/{id}/targets")
    Map<String, Double> setTarget(@PathVariable long id, @RequestBody TargetCommand cmd) {
        indicatorService.setTarget(CurrentUsers.requireWriter(), id, cmd.period(), cmd.value());
        return indicatorService.targets(id);
    }

    @GetMapping(value = "/api/v1/indicators/export/dhis2", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Interop.DataValueSets> dhis2(@RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long territory, @RequestParam(required = false) String jurisdiction) {
        Interop.DataValueSets body = exports.dataValueSets(CurrentUsers.require(), plan, territory, jurisdiction,
                org.minga.platform.Times.todayHere());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"dataValueSets.json\"").body(body);
    }

    @GetMapping(value = "/api/v1/indicators/export/adx", produces = Interop.ADX_MEDIA_TYPE)
    ResponseEntity<String> adx(@RequestParam(required = false) Long plan,
            @RequestParam(required = false) Long territory, @RequestParam(required = false) String jurisdiction) {
        String body = exports.adx(CurrentUsers.require(), plan, territory, jurisdiction,
                org.minga.platform.Times.todayHere());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Interop.ADX_MEDIA_TYPE + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicadores.adx.xml\"").body(body);
    }
}
