package org.minga.platform.internal.admin;

import java.util.List;

import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.WorkArea;
import org.minga.platform.WorkPanel;
import org.minga.platform.WorkPanel.WorkItem;
import org.minga.platform.WorkPanel.WorkList;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator's home: the imports that failed or are still running, the accounts that cannot sign in, and
 * the jurisdictions with their users, within the administrator's jurisdiction (all, for an administrator of all).
 */
@Configuration(proxyBeanMethods = false)
class AdministrationWorkReadModel {

    private static final int SHOWN = 5;

    private final JdbcClient jdbc;

    AdministrationWorkReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Bean
    WorkPanel importsPanel() {
        return WorkPanel.of(WorkArea.ADMINISTRATION, Capability.ADMINISTER_USERS, 10, user -> {
            String where = " from import_job where (:all or jurisdiction_id = :j)"
                    + " and (status in ('PENDING', 'VALIDATING', 'LOADING')"
                    + " or (status in ('INVALID', 'FAILED') and created_at > now() - interval '7 days'))";
            long total = bind(jdbc.sql("select count(*)" + where), user).query(Long.class).single();
            List<WorkItem> items = bind(jdbc.sql("select id, filename, status, error_count, created_by" + where
                    + " order by created_at desc, id desc limit " + SHOWN), user)
                    .query((rs, n) -> new WorkItem(rs.getString("filename"),
                            importStatus(rs.getString("status"), rs.getInt("error_count")) + " · " + rs.getString("created_by"),
                            null, "/imports/" + rs.getLong("id")))
                    .list();
            return new WorkList("Importaciones con errores o en curso", "/imports", total, items,
                    "Ninguna importación falló en los últimos 7 días ni está en curso.");
        });
    }

    @Bean
    WorkPanel accountsPanel() {
        return WorkPanel.of(WorkArea.ADMINISTRATION, Capability.ADMINISTER_USERS, 20, user -> {
            String where = " from app_user where (:all or jurisdiction_id = :j)"
                    + " and (not enabled or locked_until > now())";
            long total = bind(jdbc.sql("select count(*)" + where), user).query(Long.class).single();
            List<WorkItem> items = bind(jdbc.sql("select id, username, enabled" + where
                    + " order by username limit " + SHOWN), user)
                    .query((rs, n) -> new WorkItem(rs.getString("username"),
                            rs.getBoolean("enabled") ? "Bloqueada temporalmente por intentos fallidos" : "Desactivada",
                            null, "/admin/users/" + rs.getLong("id")))
                    .list();
            return new WorkList("Cuentas que no pueden ingresar", "/admin/users", total, items,
                    "Todas las cuentas activas pueden ingresar.");
        });
    }

    @Bean
    WorkPanel jurisdictionsPanel() {
        return WorkPanel.of(WorkArea.ADMINISTRATION, Capability.ADMINISTER_USERS, 30, user -> {
            String where = " from jurisdiction j where (:all or j.id = :j)";
            long total = bind(jdbc.sql("select count(*)" + where), user).query(Long.class).single();
            List<WorkItem> items = bind(jdbc.sql("select j.name, j.time_zone,"
                    + " (select count(*) from app_user u where u.jurisdiction_id = j.id and u.enabled) as users" + where
                    + " order by j.name limit " + SHOWN), user)
                    .query((rs, n) -> new WorkItem(rs.getString("name"),
                            rs.getLong("users") + (rs.getLong("users") == 1 ? " usuario activo" : " usuarios activos")
                                    + " · hora de " + rs.getString("time_zone"),
                            null, "/admin/jurisdictions"))
                    .list();
            return new WorkList("Jurisdicciones", "/admin/jurisdictions", total, items, "No hay jurisdicciones.");
        });
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, CurrentUser user) {
        return sql.param("all", user.allJurisdictions())
                .param("j", user.allJurisdictions() ? -1L : user.jurisdictionId());
    }

    private static String importStatus(String status, int errors) {
        return switch (status) {
            case "PENDING" -> "En cola";
            case "VALIDATING" -> "Validando";
            case "LOADING" -> "Cargando";
            case "INVALID" -> errors == 1 ? "1 error, no se cargó" : errors + " errores, no se cargó";
            case "FAILED" -> "Falló";
            default -> status;
        };
    }
}
