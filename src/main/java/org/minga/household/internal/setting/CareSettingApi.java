package org.minga.household.internal.setting;

import java.net.URI;
import java.util.List;

import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.care.CarePlanRecords.SettingPlanCommand;
import org.minga.household.internal.care.CarePlanService;
import org.minga.household.internal.setting.CareSettingReadModel.PlanFigure;
import org.minga.household.internal.setting.CareSettingReadModel.SettingView;
import org.minga.household.internal.setting.CareSettings.SettingDetail;
import org.minga.household.internal.setting.CareSettings.SettingForm;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.PageRequest;
import org.minga.platform.PageResult;
import org.minga.platform.Requires;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Care settings (entornos cuidadores) as JSON; their care plans are followed through {@code /api/v1/care-plans/{id}}
 * (actions, status, visits, closing) as a family's.
 */
@Requires(Capability.READ_PERSONAL_DATA)
@RestController
record CareSettingApi(CareSettings settings, CarePlanService plans) {

    @GetMapping("/api/v1/care-settings")
    PageResult<SettingView> settings(@RequestParam(required = false) String type,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return settings.list(type, CurrentUsers.require(), PageRequest.of(page, size));
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/care-settings")
    ResponseEntity<SettingView> register(@RequestBody SettingForm form) {
        SettingView v = settings.register(form, CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/care-settings/" + v.id())).body(v);
    }

    @GetMapping("/api/v1/care-settings/{id:\\d+}")
    SettingDetail setting(@PathVariable long id) {
        return settings.detail(id, CurrentUsers.require());
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/api/v1/care-settings/{id:\\d+}/care-plans")
    ResponseEntity<CarePlanView> openPlan(@PathVariable long id, @RequestBody SettingPlanCommand c) {
        CarePlanView v = plans.createForSetting(new SettingPlanCommand(id, c.openedOn(), c.actions()),
                CurrentUsers.require());
        return ResponseEntity.created(URI.create("/api/v1/care-plans/" + v.id())).body(v);
    }

    /** The settings' care plans by setting type and state in the caller's reach for figures: counts only. */
    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/api/v1/care-settings/figures")
    List<PlanFigure> figures() {
        return settings.figures(CurrentUsers.require());
    }
}
