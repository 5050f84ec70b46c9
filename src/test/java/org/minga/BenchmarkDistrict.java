package org.minga;

import java.util.ArrayList;
import java.util.List;

import org.minga.platform.CurrentUser;
import org.minga.platform.Jurisdiction;
import org.minga.platform.Jurisdictions;
import org.minga.platform.NewJurisdiction;
import org.minga.platform.Role;
import org.minga.territory.AreaType;
import org.minga.territory.NewTerritory;
import org.minga.territory.TerritoryTree;
import org.minga.territory.TerritoryView;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The territory tree the Bogotá-sized benchmarks share: a jurisdiction with one distrito, 20 localidades ("01" to
 * "20") and 5 UPZ in each ("UPZ011" to "UPZ205"), made through {@link TerritoryTree} as an administrator would.
 */
public record BenchmarkDistrict(Jurisdiction jurisdiction, TerritoryView root, List<TerritoryView> localidades,
        List<TerritoryView> upzs) {

    public static final CurrentUser ADMIN = new CurrentUser(0, "bench", "Benchmark", Role.ADMINISTRATOR, null, null);

    /** The district a previous {@code KEEP=1} run left in the database, if any. */
    public static java.util.Optional<BenchmarkDistrict> find(ConfigurableApplicationContext ctx, String code) {
        java.util.Optional<Jurisdiction> j = ctx.getBean(Jurisdictions.class).byCode(code);
        if (j.isEmpty()) {
            return java.util.Optional.empty();
        }
        TerritoryTree tree = ctx.getBean(TerritoryTree.class);
        TerritoryView root = tree.roots(ADMIN, j.get().id()).get(0);
        List<TerritoryView> localidades = tree.children(ADMIN, root.id());
        List<TerritoryView> upzs = new ArrayList<>();
        localidades.forEach(l -> upzs.addAll(tree.children(ADMIN, l.id())));
        return java.util.Optional.of(new BenchmarkDistrict(j.get(), root, localidades, List.copyOf(upzs)));
    }

    public static BenchmarkDistrict create(ConfigurableApplicationContext ctx, String code, String name) {
        TerritoryTree tree = ctx.getBean(TerritoryTree.class);
        Jurisdiction j = ctx.getBean(Jurisdictions.class)
                .create(new NewJurisdiction(code, name, "CO", "America/Bogota"));
        tree.defineLevel(ADMIN, j.id(), "distrito", "Distrito", 0);
        tree.defineLevel(ADMIN, j.id(), "localidad", "Localidad", 1);
        tree.defineLevel(ADMIN, j.id(), "upz", "UPZ", 2);
        TerritoryView root = tree.create(ADMIN,
                new NewTerritory(j.id(), "distrito", null, code, "Distrito", AreaType.URBAN, null));
        List<TerritoryView> localidades = new ArrayList<>();
        List<TerritoryView> upzs = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            TerritoryView l = tree.create(ADMIN,
                    new NewTerritory(j.id(), "localidad", root.id(), String.format("%02d", i),
                            "Localidad " + i, AreaType.URBAN, null));
            localidades.add(l);
            for (int u = 1; u <= 5; u++) {
                upzs.add(tree.create(ADMIN, new NewTerritory(j.id(), "upz", l.id(), String.format("UPZ%02d%d", i, u),
                        "UPZ " + i + "." + u, AreaType.URBAN, null)));
            }
        }
        return new BenchmarkDistrict(j, root, List.copyOf(localidades), List.copyOf(upzs));
    }
}
