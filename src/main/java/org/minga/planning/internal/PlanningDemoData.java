package org.minga.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.minga.planning.IndicatorDirection;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.Role;
import org.minga.territory.Territories;
import org.minga.platform.AccessScope;
import org.minga.territory.TerritoryView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo plans: Bogotá's district development plan lines relevant to social welfare with indicators per localidad
 * (demonstration figures, flagged as such), and San Antonio's PLADECO with the four before/after indicators of its
 * experience (direcciones participating 1 to 16; participants 263 to 1,200; officials 10 to 120; cost of the
 * update 10,000,000 to 5,000,000 pesos), dated like its process: 2024-2030, after values of 2024.
 */
@Component
@RequiredArgsConstructor
class PlanningDemoData implements DemoDataset {

    static final CurrentUser DEMO = CurrentUser.demoLoader();

    private final PlanService planService;
    private final IndicatorService indicatorService;
    private final Jurisdictions jurisdictions;
    private final Territories territories;
    private final JdbcClient jdbc;

    @Override
    public String name() {
        return "planning";
    }

    @Override
    public int order() {
        return 850;
    }

    @Override
    @Transactional
    public void load() {
        jurisdictions.byCode("05601").ifPresent(this::sanAntonio);
        jurisdictions.byCode("11001").ifPresent(this::bogota);
    }

    private void sanAntonio(Jurisdiction j) {
        Optional<TerritoryView> comuna = territories.byCode(j.id(), "05601");
        if (comuna.isEmpty()) {
            return;
        }
        TerritoryView t = comuna.get();
        var plan = planService.createPlan(DEMO, new PlanService.NewPlan("PLADECO-2024",
                "PLADECO San Antonio 2024-2030",
                "PLADECO", t.id(), LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31),
                "Plan de Desarrollo Comunal co-construido con la comunidad y las direcciones municipales, con control de gestión "
                        + "unificado y metas alineadas con los ODS."));
        long line = planService.addNode(DEMO, plan.id(), new PlanService.NewNode(null, "LINE", "L1",
                "Gestión municipal articulada y participativa", "Secretaría Comunal de Planificación (SECPLA)",
                new BigDecimal("10000000"), new BigDecimal("5000000")));
        long goal = planService.addNode(DEMO, plan.id(), new PlanService.NewNode(line, "GOAL", "L1.M1",
                "Actualizar el PLADECO con las direcciones municipales y la comunidad, sin consultora", "SECPLA", null,
                null));
        planService.linkSdg(DEMO, plan.id(), line, "16.7");
        planService.linkSdg(DEMO, plan.id(), line, "11.3");
        planService.linkSdg(DEMO, plan.id(), goal, "17.17");
        record Ba(String code, String name, String unit, IndicatorDirection d, double before, double after) {
        }
        for (Ba b : List.of(
                new Ba("SA-DIR", "Direcciones municipales participantes en el PLADECO", "direcciones",
                        IndicatorDirection.HIGHER_IS_BETTER, 1, 16),
                new Ba("SA-PART", "Personas participantes en el proceso", "personas",
                        IndicatorDirection.HIGHER_IS_BETTER, 263,
                        1200),
                new Ba("SA-FUNC", "Funcionarios municipales participantes en el proceso", "funcionarios",
                        IndicatorDirection.HIGHER_IS_BETTER, 10, 120),
                new Ba("SA-COSTO", "Costo de la actualización del PLADECO", "pesos chilenos",
                        IndicatorDirection.LOWER_IS_BETTER,
                        10_000_000, 5_000_000))) {
            var i = indicatorService.createIndicator(DEMO, j.id(), new IndicatorService.NewIndicator(b.code(), goal,
                    b.name(),
                    b.name() + " en el proceso de actualización del PLADECO (antes: proceso anterior con consultora; después: actualización 2024).",
                    null, b.unit(), b.d(), "ANUAL", "Municipalidad de San Antonio, ficha de la experiencia", null,
                    false,
                    b.before(), LocalDate.of(2019, 12, 31)));
            indicatorService.recordValue(DEMO, i.id(), "2024", t.id(), b.after(), "Valor después de la experiencia",
                    null);
        }
    }

    private void bogota(Jurisdiction j) {
        Optional<TerritoryView> root = territories.ofLevel(j.id(), "distrito", AccessScope.jurisdiction(j.id()))
                .stream().findFirst();
        if (root.isEmpty()) {
            return;
        }
        List<TerritoryView> localidades = territories.ofLevel(j.id(), "localidad", AccessScope.jurisdiction(j.id()));
        var plan = planService.createPlan(DEMO, new PlanService.NewPlan("PDD-2024-2027",
                "Plan Distrital de Desarrollo 2024-2027 "
                        + "(líneas de bienestar social, demostración)",
                "PLAN_DESARROLLO", root.get().id(),
                LocalDate.of(2024, 6, 1), LocalDate.of(2027, 12, 31),
                "Líneas del plan distrital relacionadas con el bienestar social. Las cifras son de demostración."));
        long line = planService.addNode(DEMO, plan.id(), new PlanService.NewNode(null, "LINE", "OE2",
                "Bogotá confía en su bien-estar", "Secretaría Distrital de Integración Social",
                new BigDecimal("1500000000000"), new BigDecimal("640000000000")));
        long prog = planService.addNode(DEMO, plan.id(), new PlanService.NewNode(line, "PROGRAMME", "OE2.P1",
                "Atención integral y territorial a hogares en pobreza", "Secretaría Distrital de Integración Social",
                new BigDecimal("420000000000"), new BigDecimal("190000000000")));
        long prog2 = planService.addNode(DEMO, plan.id(), new PlanService.NewNode(line, "PROGRAMME", "OE2.P2",
                "Gestión intersectorial de la atención primaria social", "Secretaría Distrital de Salud",
                new BigDecimal("310000000000"), new BigDecimal("120000000000")));
        planService.linkSdg(DEMO, plan.id(), line, "1.2");
        planService.linkSdg(DEMO, plan.id(), line, "1.3");
        planService.linkSdg(DEMO, plan.id(), prog, "10.2");
        planService.linkSdg(DEMO, plan.id(), prog2, "3.8");
        planService.linkSdg(DEMO, plan.id(), prog2, "16.7");

        poverty(j, prog, root.get(), localidades);
        indicatorService.createIndicator(DEMO, j.id(),
                new IndicatorService.NewIndicator("BOG-HOG-CAR", prog, "Hogares caracterizados",
                        "Hogares con al menos una caracterización aplicada por los equipos territoriales.", null, null,
                        IndicatorDirection.HIGHER_IS_BETTER, "TRIMESTRAL", null, "household.characterised", true, null,
                        null));
        indicatorService.createIndicator(DEMO, j.id(),
                new IndicatorService.NewIndicator("BOG-REM-CR", prog2, "Remisiones cerradas con contrarreferencia",
                        "Porcentaje de remisiones enviadas que la entidad atendió con contrarreferencia.", null, null,
                        IndicatorDirection.HIGHER_IS_BETTER, "TRIMESTRAL", null, "referral.closed-loop-share", true,
                        40.0,
                        LocalDate.of(2024, 6, 30)));
        indicatorService.createIndicator(DEMO, j.id(),
                new IndicatorService.NewIndicator("BOG-COMP", prog2, "Compromisos intersectoriales cumplidos",
                        "Porcentaje de compromisos de las instancias que vencían en el periodo y se cumplieron.", null,
                        null,
                        IndicatorDirection.HIGHER_IS_BETTER, "TRIMESTRAL", null,
                        "governance.commitments-fulfilled-share", true,
                        50.0, LocalDate.of(2024, 6, 30)));
        jdbc.sql("update indicator set demo = true where code in ('BOG-IPM')").update();
    }

    /** The multidimensional poverty indicator of Bogotá, its targets and its values by localidad (demo figures). */
    private void poverty(Jurisdiction j, long prog, TerritoryView root, List<TerritoryView> localidades) {
        var poverty = indicatorService.createIndicator(DEMO, j.id(), new IndicatorService.NewIndicator("BOG-IPM",
                prog, "Hogares en pobreza multidimensional (demostración)",
                "Porcentaje de hogares con privaciones en al menos un tercio de las dimensiones del IPM.",
                "Hogares con IPM ≥ 33,3 % / hogares × 100", "%", IndicatorDirection.LOWER_IS_BETTER, "ANUAL",
                "Cifras de demostración por localidad", null, true, 11.8, LocalDate.of(2023, 12, 31)));
        indicatorService.setTarget(DEMO, poverty.id(), "2025", 9.5);
        indicatorService.setTarget(DEMO, poverty.id(), "2027", 8.0);
        int k = 0;
        for (TerritoryView l : localidades) {
            k++;
            double base = 6 + (k * 37 % 11);
            indicatorService.recordValue(DEMO, poverty.id(), "2023", l.id(), base, "Demostración", null);
            indicatorService.recordValue(DEMO, poverty.id(), "2024", l.id(),
                    Math.round((base - 0.6 - (k % 3) * 0.3) * 10) / 10.0, "Demostración", null);
            indicatorService.recordValue(DEMO, poverty.id(), "2025", l.id(),
                    Math.round((base - 1.1 - (k % 4) * 0.3) * 10) / 10.0, "Demostración", null);
        }
        indicatorService.recordValue(DEMO, poverty.id(), "2023", root.id(), 11.8, "Demostración", null);
        indicatorService.recordValue(DEMO, poverty.id(), "2024", root.id(), 10.9, "Demostración", null);
        indicatorService.recordValue(DEMO, poverty.id(), "2025", root.id(), 10.1, "Demostración", null);

    }
}
