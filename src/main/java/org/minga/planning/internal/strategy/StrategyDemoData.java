package org.minga.planning.internal.strategy;

import java.util.List;

import org.minga.planning.ClassifiedKind;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdictions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bogotá's strategy classifications as seed 002 names them: prioritised populations, intervention scenarios and the
 * four rights categories; the demo plan's goals and actions classified by them (household classifies its alerts and
 * care-plan needs in its own dataset, through {@link org.minga.planning.StrategyClassifications}).
 */
@Component
record StrategyDemoData(StrategyService service, Jurisdictions jurisdictions, JdbcClient jdbc) implements DemoDataset {

    static final CurrentUser LOADER = CurrentUser.demoLoader();

    static final List<CategoryForm> BOGOTA = List.of(
            new CategoryForm("POPULATION", "0-17", "Niñas, niños y adolescentes (0 a 17 años)", null),
            new CategoryForm("POPULATION", "18-26", "Jóvenes (18 a 26 años)", null),
            new CategoryForm("POPULATION", "familias", "Familias", "El hogar como sujeto de la intervención."),
            new CategoryForm("POPULATION", "mayores", "Personas mayores (60 años y más)", null),
            new CategoryForm("SCENARIO", "comedores", "Comedores comunitarios", null),
            new CategoryForm("SCENARIO", "colegios", "Colegios", null),
            new CategoryForm("SCENARIO", "cdi", "Centros de desarrollo infantil (CDI)", null),
            new CategoryForm("SCENARIO", "hogares-comunitarios", "Hogares comunitarios", null),
            new CategoryForm("SCENARIO", "microterritorios", "Microterritorios", "Unidades de atención primaria "
                    + "en el barrio."),
            new CategoryForm("RIGHT", "existencia", "Existencia", "Vida, salud, nutrición."),
            new CategoryForm("RIGHT", "desarrollo", "Desarrollo", "Educación, juego, cultura."),
            new CategoryForm("RIGHT", "ciudadania", "Ciudadanía", "Identidad, participación."),
            new CategoryForm("RIGHT", "proteccion", "Protección", "Frente a violencias y abandono."));

    /** The categories of the demo plan's goals and actions, in turn. */
    private static final List<List<String>> GOAL_CATEGORIES = List.of(List.of("0-17", "cdi", "existencia"),
            List.of("familias", "microterritorios", "existencia"), List.of("0-17", "colegios", "desarrollo"),
            List.of("18-26", "ciudadania"), List.of("mayores", "comedores", "proteccion"));

    @Override
    public String name() {
        return "strategy-classifications";
    }

    @Override
    public int order() {
        return 880;
    }

    @Override
    public void load() {
        jurisdictions.byCode("11001").ifPresent(j -> {
            if (!service.categories(j.id()).isEmpty()) {
                return;
            }
            BOGOTA.forEach(c -> service.define(j, c, LOADER));
            classify(ClassifiedKind.GOAL, jdbc.sql("""
                    select n.id from plan_node n join plan p on p.id = n.plan_id
                    where p.jurisdiction_id = :j and n.kind = 'GOAL' order by n.id""").param("j", j.id())
                    .query(Long.class).list());
            classify(ClassifiedKind.ACTION, jdbc.sql("""
                    select a.id from plan_action a join action_plan ap on ap.id = a.action_plan_id
                    where ap.jurisdiction_id = :j order by a.id""").param("j", j.id()).query(Long.class).list());
        });
    }

    private void classify(ClassifiedKind kind, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            service.classify(kind, ids.get(i), GOAL_CATEGORIES.get(i % GOAL_CATEGORIES.size()), LOADER);
        }
    }
}
