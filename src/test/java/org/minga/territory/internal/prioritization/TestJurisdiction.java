package org.minga.territory.internal.prioritization;

import java.util.LinkedHashMap;
import java.util.Map;

import org.minga.platform.NewUser;
import org.minga.platform.Role;
import org.minga.platform.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small jurisdiction of its own for a test class (the database is shared by every test of the run):
 * municipio "00" > zonas "A", "B" > localidades "01", "02" (zona A) and "03", "04" (zona B).
 */
public final class TestJurisdiction {

    public final long id;
    final String code;
    final Map<String, Long> territories = new LinkedHashMap<>();
    private final JdbcClient jdbc;
    private final UserAccounts accounts;
    private final UserDetailsService users;

    private TestJurisdiction(String code, long id, JdbcClient jdbc, UserAccounts accounts, UserDetailsService users) {
        this.code = code;
        this.id = id;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.users = users;
    }

    public static synchronized TestJurisdiction of(String code, JdbcClient jdbc, UserAccounts accounts,
            UserDetailsService users) {
        Long existing = jdbc.sql("select id from jurisdiction where code = :c").param("c", code).query(Long.class)
                .optional().orElse(null);
        if (existing == null) {
            existing = jdbc.sql("""
                    insert into jurisdiction (code, name, country, time_zone)
                    values (:c, :n, 'CO', 'America/Bogota') returning id""")
                    .param("c", code).param("n", "Prueba " + code).query(Long.class).single();
            TestJurisdiction t = new TestJurisdiction(code, existing, jdbc, accounts, users);
            long municipio = t.level("municipio", "Municipio", 0);
            long zona = t.level("zona", "Zona", 1);
            long localidad = t.level("localidad", "Localidad", 2);
            long root = t.territory(municipio, null, "00", "Municipio de prueba");
            long a = t.territory(zona, root, "A", "Zona Norte");
            long b = t.territory(zona, root, "B", "Zona Sur");
            t.territory(localidad, a, "01", "Alameda");
            t.territory(localidad, a, "02", "Bellavista");
            t.territory(localidad, b, "03", "Campoalegre");
            t.territory(localidad, b, "04", "Danubio");
        }
        TestJurisdiction t = new TestJurisdiction(code, existing, jdbc, accounts, users);
        jdbc.sql("select code, id from territory where jurisdiction_id = :j order by code").param("j", existing)
                .query(rs -> {
                    t.territories.put(rs.getString("code"), rs.getLong("id"));
                });
        return t;
    }

    private long level(String code, String name, int rank) {
        return jdbc.sql(
                "insert into territory_level (jurisdiction_id, code, name, rank) values (:j, :c, :n, :r) returning id")
                .param("j", id).param("c", code).param("n", name).param("r", rank).query(Long.class).single();
    }

    private long territory(long level, Long parent, String code, String name) {
        String parentPath = parent == null ? "/" : jdbc.sql("select path from territory where id = :p")
                .param("p", parent).query(String.class).single();
        long tid = jdbc
                .sql("""
                        insert into territory (jurisdiction_id, level_id, parent_id, code, name, name_key, area_type, path, depth)
                        values (:j, :l, :p, :c, :n, lower(:n), 'URBAN', '/', :d) returning id""")
                .param("j", id).param("l", level).param("p", parent).param("c", code).param("n", name)
                .param("d", parent == null ? 0 : parentPath.split("/").length - 1).query(Long.class).single();
        jdbc.sql("update territory set path = :path where id = :id").param("path", parentPath + tid + "/")
                .param("id", tid).update();
        return tid;
    }

    public long territory(String code) {
        return territories.get(code);
    }

    /** A user of this jurisdiction, scoped to the territory with {@code territoryCode} (null = whole jurisdiction). */
    public UserDetails user(String name, Role role, String territoryCode) {
        String username = "t" + code + "-" + name;
        if (accounts.idOf(username).isEmpty()) {
            accounts.create(new NewUser(username, "contrasena-larga-1", "Usuaria " + name, null, role, id,
                    territoryCode == null ? null : territory(territoryCode)));
        }
        return users.loadUserByUsername(username);
    }
}
