package org.minga.household.internal.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minga.planning.ClassifiedKind;
import org.minga.planning.StrategyClassifications;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Some of Suba's demo alerts and care-plan needs classified by Bogotá's strategy (after planning defines its
 * categories): the right at stake read from the alert's rule or the need's words, and the family as population.
 */
@Component
record AlertClassificationDemoData(JdbcClient jdbc, StrategyClassifications strategy) implements DemoDataset {

    static final CurrentUser LOADER = CurrentUser.demoLoader();
    static final int HOW_MANY = 40;

    @Override
    public String name() {
        return "household-strategy-classifications";
    }

    @Override
    public int order() {
        return 885;
    }

    @Override
    public void load() {
        Long bogota = jdbc.sql("select id from jurisdiction where code = '11001'").query(Long.class).optional()
                .orElse(null);
        if (bogota == null || strategy.categories(bogota).isEmpty()) {
            return;
        }
        jdbc.sql("""
                select a.id, r.name from alert a join alert_rule r on r.id = a.rule_id
                where a.jurisdiction_id = :j order by a.id limit :n""").param("j", bogota).param("n", HOW_MANY)
                .query((rs, i) -> new Object[]{rs.getLong(1), rs.getString(2)}).list()
                .forEach(a -> strategy.classify(ClassifiedKind.ALERT, (Long) a[0], categories((String) a[1]), LOADER));
        jdbc.sql("""
                select a.id, a.need from care_plan_action a join care_plan c on c.id = a.care_plan_id
                where c.jurisdiction_id = :j order by a.id limit :n""").param("j", bogota).param("n", HOW_MANY)
                .query((rs, i) -> new Object[]{rs.getLong(1), rs.getString(2)}).list()
                .forEach(a -> strategy.classify(ClassifiedKind.CARE_NEED, (Long) a[0], categories((String) a[1]),
                        LOADER));
    }

    /** The family, and the right the words speak of (protection when they name none). */
    static List<String> categories(String words) {
        String w = words == null ? "" : words.toLowerCase(Locale.ROOT);
        List<String> codes = new ArrayList<>(List.of("familias"));
        if (w.matches(".*(salud|vacun|nutri|aliment|peso|control|embaraz|médic|medic).*")) {
            codes.add("existencia");
        } else if (w.matches(".*(escol|educa|colegio|estudi|jard).*")) {
            codes.add("desarrollo");
        } else if (w.matches(".*(document|registro|identidad|afilia).*")) {
            codes.add("ciudadania");
        } else {
            codes.add("proteccion");
        }
        if (w.matches(".*(niñ|menor|infan|escol|jard).*")) {
            codes.add("0-17");
        }
        return codes;
    }
}
