package org.minga.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.minga.planning.PlannedWork;
import org.minga.planning.internal.ActionExecution.NewResource;
import org.minga.planning.internal.ActionPlanning.NewAction;
import org.minga.planning.internal.ActionPlanning.NewActionPlan;
import org.minga.planning.internal.ActionPlanning.NewFundingSource;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.territory.Territories;
import org.minga.territory.TerritoryView;
import org.springframework.stereotype.Component;

/**
 * Demo action plans (issue 23): Bogotá's intersectoral plan of primary social care under the district development
 * plan, with PIC, SGP and UPC lines of the four subredes, the contracts with each subred, and the district's own
 * resources; Cúcuta's operational
 * plan of the Barrios con Bienestar fairs under its development plan, its budget, and the 2024 fairs tied to it.
 */
@Component
record ActionPlanDemoData(PlanService plans, ActionPlanning planning, ActionExecution execution,
        Agreements agreements, Jurisdictions jurisdictions, Territories territories, List<PlannedWork> works)
        implements
            DemoDataset {

    static final CurrentUser DEMO = CurrentUser.demoLoader();

    @Override
    public String name() {
        return "planning-action-plans";
    }

    @Override
    public int order() {
        return 870;
    }

    @Override
    public void load() {
        jurisdictions.byCode("11001").ifPresent(this::bogota);
        jurisdictions.byCode("54001").ifPresent(this::cucuta);
    }

    private void sources(long j, String... codeAndName) {
        for (int i = 0; i < codeAndName.length; i += 2) {
            planning.addFundingSource(DEMO, j, new NewFundingSource(codeAndName[i], codeAndName[i + 1]));
        }
    }

    private void bogota(Jurisdiction j) {
        Optional<PlanReadModel.PlanView> pdd = plans.plans(DEMO).stream()
                .filter(p -> p.code().equals("PDD-2024-2027")).findFirst();
        Optional<PlanReadModel.NodeView> programme = pdd.flatMap(p -> plans.nodes(p.id()).stream()
                .filter(n -> n.code().equals("OE2.P2")).findFirst());
        if (programme.isEmpty()) {
            return;
        }
        long plan = pdd.get().id();
        sources(j.id(), "PIC", "Plan de Intervenciones Colectivas", "SGP", "Sistema General de Participaciones",
                "UPC", "Unidad de Pago por Capitación", "RO", "Recursos ordinarios", "COOP", "Cooperación");
        long goal = plans.addNode(DEMO, plan, new PlanService.NewNode(programme.get().id(), "GOAL", "OE2.P2.M1",
                "Llevar la atención primaria social a las 20 localidades con las cuatro subredes",
                "Secretaría Distrital de Salud", null, null));
        var ap = planning.createActionPlan(DEMO, plan, new NewActionPlan("PAI-APS-2025",
                "Plan de acción intersectorial de atención primaria social 2025", "INTERSECTORAL",
                "Alineado con el Plan Distrital de Desarrollo; financiado con PIC, SGP y UPC por medio de los "
                        + "convenios interadministrativos con las cuatro subredes (cifras de demostración)."));
        List<String> subredes = List.of("Subred Norte", "Subred Sur", "Subred Sur Occidente", "Subred Centro Oriente");
        long teams = planning.addAction(DEMO, ap.id(), new NewAction(goal, "A1",
                "Equipos de atención primaria social en los territorios de las cuatro subredes",
                List.of("Secretaría Distrital de Salud", "Subred Norte", "Subred Sur", "Subred Sur Occidente",
                        "Subred Centro Oriente"),
                "Mesa técnica mensual de la Secretaría de Salud con las subredes; un convenio interadministrativo por "
                        + "subred; tablero común de metas",
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 15), List.of()));
        execution.move(DEMO, teams, "IN_PROGRESS");
        int k = 0;
        for (String subred : subredes) {
            k++;
            money(teams, subred, "Salud pública colectiva", "PIC", 3_200_000_000L + k * 150_000_000L,
                    2_900_000_000L, 1_750_000_000L + k * 40_000_000L);
            money(teams, subred, "Prestación de servicios", "UPC", 1_100_000_000L + k * 50_000_000L,
                    1_000_000_000L, 520_000_000L);
        }
        money(teams, "Secretaría Distrital de Salud", "Salud pública", "SGP", 2_400_000_000L, 2_400_000_000L,
                1_300_000_000L);
        k = 0;
        for (String subred : subredes) {
            k++;
            agreements.sign(DEMO, ap.id(), new Agreements.NewAgreement("CI-SDS-2025-0" + k,
                    "INTERADMINISTRATIVE_CONTRACT", List.of("Secretaría Distrital de Salud", subred),
                    "Operar los equipos de atención primaria social y las acciones del PIC en el territorio de la "
                            + subred + " (demostración)",
                    BigDecimal.valueOf(3_200_000_000L + k * 150_000_000L), LocalDate.of(2025, 2, 1),
                    LocalDate.of(2025, 12, 31), List.of(teams), null, null, null));
        }
        long social = planning.addAction(DEMO, ap.id(), new NewAction(goal, "A2",
                "Canalización de los hogares caracterizados a la oferta social del distrito",
                List.of("Secretaría Distrital de Integración Social", "Secretaría Distrital de Salud"),
                "Ruta de canalización compartida y comité de seguimiento quincenal por localidad",
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 15), List.of()));
        money(social, "Secretaría Distrital de Integración Social", "Bogotá confía en su bien-estar", "RO",
                1_800_000_000L, 1_200_000_000L, 640_000_000L);
        money(social, "Secretaría Distrital de Integración Social", "Bogotá confía en su bien-estar", "COOP",
                350_000_000L, 350_000_000L, 90_000_000L);
        works.stream().filter(w -> w.kind().equals("care-route")).findFirst()
                .ifPresent(w -> w.works(j.id()).forEach(r -> execution.link(DEMO, social, "care-route", r.id())));
    }

    private void cucuta(Jurisdiction j) {
        Optional<TerritoryView> city = territories.byCode(j.id(), "54001");
        if (city.isEmpty()) {
            return;
        }
        var plan = plans.createPlan(DEMO, new PlanService.NewPlan("PDM-2024-2027",
                "Plan de Desarrollo Municipal de Cúcuta 2024-2027 (bienestar social, demostración)", "PLAN_DESARROLLO",
                city.get().id(), LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31),
                "Línea de bienestar social del plan de desarrollo. Las cifras son de demostración."));
        long line = plans.addNode(DEMO, plan.id(), new PlanService.NewNode(null, "LINE", "L3",
                "Cúcuta con bienestar en los barrios", "Departamento Administrativo de Bienestar Social (DABS)", null,
                null));
        long goal = plans.addNode(DEMO, plan.id(), new PlanService.NewNode(line, "GOAL", "L3.M1",
                "Realizar 20 jornadas Barrios con Bienestar en barrios priorizados",
                "Departamento Administrativo de Bienestar Social (DABS)",
                null, null));
        sources(j.id(), "SGP", "Sistema General de Participaciones", "RO", "Recursos ordinarios", "COOP",
                "Cooperación");
        var ap = planning.createActionPlan(DEMO, plan.id(), new NewActionPlan("PO-BCB-2024",
                "Plan operativo Barrios con Bienestar 2024", "OPERATIONAL",
                "Objetivos, acciones, responsables y estrategias de coordinación de las jornadas, con el presupuesto "
                        + "plasmado en el plan de desarrollo."));
        long fairs = planning.addAction(DEMO, ap.id(), new NewAction(goal, "A1",
                "Jornadas de servicios Barrios con Bienestar 2024",
                List.of("Departamento Administrativo de Bienestar Social (DABS)", "Secretaría de Salud",
                        "ICBF Regional Norte de Santander"),
                "Comité de alistamiento dos semanas antes de cada jornada; las entidades llevan su oferta al barrio",
                LocalDate.of(2024, 1, 15), LocalDate.of(2024, 6, 30), List.of("54001")));
        execution.move(DEMO, fairs, "IN_PROGRESS");
        money(fairs, "Departamento Administrativo de Bienestar Social (DABS)", "Barrios con Bienestar", "RO",
                480_000_000L, 450_000_000L,
                410_000_000L);
        money(fairs, "Secretaría de Salud", "Salud pública en el territorio", "SGP", 260_000_000L, 240_000_000L,
                198_500_000L);
        money(fairs, "ICBF Regional Norte de Santander", "Primera infancia", "COOP", 90_000_000L, 90_000_000L,
                72_000_000L);
        works.stream().filter(w -> w.kind().equals("fair")).findFirst()
                .ifPresent(w -> w.works(j.id()).stream().filter(f -> f.on() != null && f.on().getYear() == 2024)
                        .forEach(f -> execution.link(DEMO, fairs, "fair", f.id())));
    }

    private void money(long action, String entity, String line, String source, long planned, long committed,
            long executed) {
        execution.assignResource(DEMO, action, new NewResource(entity, line, source, "MONEY", null,
                BigDecimal.valueOf(planned), BigDecimal.valueOf(committed), BigDecimal.valueOf(executed)));
    }
}
