package org.minga.household.internal.setting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minga.household.internal.care.CarePlanRecords;
import org.minga.household.internal.care.CarePlanRecords.ActionCommand;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.care.CarePlanRecords.SettingPlanCommand;
import org.minga.household.internal.care.CarePlanService;
import org.minga.household.internal.setting.CareSettings.SettingDetail;
import org.minga.household.internal.setting.CareSettings.SettingForm;
import org.minga.household.internal.shared.FormValues;
import org.minga.household.internal.shared.ScopeQueries;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.CurrentUsers;
import org.minga.platform.FieldError;
import org.minga.platform.NavigationItem;
import org.minga.platform.PageRequest;
import org.minga.platform.Requires;
import org.minga.platform.ValidationException;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of care settings (entornos cuidadores): the list with the form to register one, a setting with its care
 * plans and the form opening one, and the figures of their plans for those who read only counts.
 */
@Requires(Capability.READ_PERSONAL_DATA)
@Controller
record CareSettingPages(CareSettings settings, CarePlanService plans, ScopeQueries access) {

    /** The menu entry for those who read personal data, next to households and attentions. */
    @Bean
    static NavigationItem careSettingsNavigation() {
        return NavigationItem.needing("care-settings", "Entornos cuidadores", "/care-settings", 44,
                Capability.READ_PERSONAL_DATA);
    }

    @GetMapping("/care-settings")
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) Integer page,
            Model model) {
        return listPage(type, page, Map.of(), List.of(), model);
    }

    private String listPage(String type, Integer page, Map<String, String> form, List<FieldError> errors,
            Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("settings", settings.list(type, user, PageRequest.of(page, null)));
        model.addAttribute("type", type);
        model.addAttribute("types", SettingType.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("canWrite", access.canWrite(user));
        return "household/settings";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/care-settings")
    String register(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        try {
            long id = settings.register(new SettingForm(form.get("jurisdiction"), form.get("code"), form.get("name"),
                    form.get("type"), form.get("territoryCode"), form.get("address"), form.get("actorCode")),
                    CurrentUsers.require()).id();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/care-settings/" + id;
        } catch (ValidationException e) {
            return listPage(null, null, form, e.errors(), model);
        }
    }

    @GetMapping("/care-settings/{id:\\d+}")
    String setting(@PathVariable long id, Model model) {
        return settingPage(id, Map.of(), List.of(), model);
    }

    private String settingPage(long id, Map<String, String> form, List<FieldError> errors, Model model) {
        CurrentUser user = CurrentUsers.require();
        SettingDetail d = settings.detail(id, user);
        String today = LocalDate.now(access.jurisdiction(d.setting().jurisdictionId()).zoneId()).toString();
        Map<String, String> values = new LinkedHashMap<>(Map.of("openedOn", today, "startOn", today, "status",
                "PENDIENTE", "responsibleType", "ENTIDAD", "category", "GENERAL"));
        values.putAll(form);
        model.addAttribute("d", d);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("canWrite", access.canWrite(user) && d.setting().activePlanId() == null);
        model.addAllAttributes(CarePlanRecords.actionChoices());
        return "household/setting";
    }

    @Requires(Capability.RECORD_PERSONAL_DATA)
    @PostMapping("/care-settings/{id:\\d+}/care-plans")
    String openPlan(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate opened = FormValues.date(form.get("openedOn"), "openedOn", "Fecha de apertura", errors);
        ActionCommand a = CarePlanRecords.actionFrom(form, "actions[0]", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            CarePlanView p = plans.createForSetting(new SettingPlanCommand(id, opened, List.of(a)),
                    CurrentUsers.require());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/care-plans/" + p.id();
        } catch (ValidationException e) {
            return settingPage(id, form, e.errors(), model);
        }
    }

    /** The settings' care plans counted by type and state, for every role that reads figures: no names. */
    @Requires(Capability.READ_AGGREGATES)
    @GetMapping("/care-settings/figures")
    String figures(Model model) {
        model.addAttribute("figures", settings.figures(CurrentUsers.require()));
        return "household/setting-figures";
    }
}
