package org.minga.household.internal.setting;

import java.time.LocalDate;
import java.util.List;

import org.minga.household.internal.care.CarePlanRecords.ActionCommand;
import org.minga.household.internal.care.CarePlanRecords.CarePlanView;
import org.minga.household.internal.care.CarePlanRecords.SettingPlanCommand;
import org.minga.household.internal.care.CarePlanRecords.VisitCommand;
import org.minga.household.internal.care.CarePlanService;
import org.minga.household.internal.setting.CareSettings.SettingForm;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.territory.Territories;
import org.springframework.stereotype.Component;

/**
 * Demo care settings of Bogotá (issue 24): a school of Suba whose plan has an environmental action already overdue
 * (its water tanks) and a workplace of Kennedy, each followed as a family's plan.
 */
@Component
record SettingDemoData(CareSettings settings, CarePlanService plans, Jurisdictions jurisdictions,
        Territories territories) implements DemoDataset {

    static final CurrentUser LOADER = CurrentUser.demoLoader();

    @Override
    public String name() {
        return "care-settings";
    }

    @Override
    public int order() {
        return 505;
    }

    @Override
    public void load() {
        Jurisdiction j = jurisdictions.byCode("11001").orElse(null);
        if (j == null || territories.byCode(j.id(), "B-SUBA-01").isEmpty()
                || territories.byCode(j.id(), "B-KEN-01").isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(j.zoneId());
        long school = settings.register(new SettingForm(j.code(), "ENT-COL-SUBA-01",
                "Colegio Distrital Suba Centro", "EDUCATIVO", "B-SUBA-01", "Calle 145 # 91-19", "SED"), LOADER).id();
        LocalDate opened = today.minusDays(40);
        CarePlanView p = plans.createForSetting(new SettingPlanCommand(school, opened, List.of(
                new ActionCommand("Tanques de agua del colegio sin lavado en el último semestre",
                        "Lavado y desinfección de los tanques de almacenamiento de agua", "ENTIDAD",
                        "Secretaría de Educación del Distrito", opened, opened.plusDays(20), "PENDIENTE",
                        "AGUA_SANEAMIENTO"),
                new ActionCommand("Casos de ansiedad reportados por orientación escolar",
                        "Taller de salud mental con docentes y familias", "EQUIPO", "Equipo básico extramural Suba 1",
                        opened, today.plusDays(30), "EN_CURSO", "GENERAL"),
                new ActionCommand("Residuos sólidos acumulados junto al comedor escolar",
                        "Puntos de separación en la fuente y jornada con el comité ambiental escolar", "ENTIDAD",
                        "Comité ambiental escolar", opened, today.plusDays(15), "EN_CURSO", "RESIDUOS"))),
                LOADER);
        plans.addVisit(p.id(), new VisitCommand(opened.plusDays(10), "Recorrido por el colegio con el comité "
                + "ambiental: tanques y residuos revisados, acciones acordadas.", today.plusDays(7)), LOADER);
        long workplace = settings.register(new SettingForm(j.code(), "ENT-LAB-KEN-01",
                "Plaza de mercado de Patio Bonito", "LABORAL", "B-KEN-01", null, null), LOADER).id();
        LocalDate since = today.minusDays(15);
        plans.createForSetting(new SettingPlanCommand(workplace, since, List.of(
                new ActionCommand("Trabajadores informales sin afiliación a riesgos laborales",
                        "Jornada de orientación sobre afiliación y seguridad en el trabajo", "ENTIDAD",
                        "Secretaría Distrital de Desarrollo Económico", since, today.plusDays(20), "PENDIENTE",
                        "GENERAL"),
                new ActionCommand("Roedores en la zona de bodegas",
                        "Control de vectores y cierre de basureros abiertos",
                        "ENTIDAD", "Secretaría Distrital de Salud", since, today.plusDays(10), "PENDIENTE",
                        "VECTORES_ZOONOSIS"))),
                LOADER);
    }
}
