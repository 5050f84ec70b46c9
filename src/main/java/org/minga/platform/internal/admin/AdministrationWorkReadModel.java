package org.minga.platform.internal.admin;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUser;
import org.minga.platform.WorkArea;
import org.minga.platform.WorkPanel;
import org.minga.platform.WorkPanel.Counted;
import org.minga.platform.WorkPanel.WorkItem;
import org.minga.platform.WorkPanel.WorkList;
import org.minga.platform.internal.imports.ImportStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator's home: the imports that failed or are still running, the accounts that cannot sign in, and
 * the jurisdictions with their users, within the administrator's jurisdiction (all, for an administrator of all).
 * One query per panel.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class AdministrationWorkReadModel {

    private static final int SHOWN = 5;

    private final JdbcClient jdbc;

    @Bean
    WorkPanel importsPanel() {
        return WorkPanel.of(WorkArea.ADMINISTRATION, Capability.ADMINISTER_USERS, 10, user -> WorkList.of(
                "Importaciones con errores o en curso", "/imports",
                jdbc.sql(
                        "select id, filename, status, error_count, created_by, count(*) over () as total from import_job"
                                + " where (:all or jurisdiction_id = :j) and (status in ('PENDING', 'VALIDATING', 'LOADING')"
                                + " or (status in ('INVALID', 'FAILED') and created_at > now() - interval '7 days'))"
                                + " order by created_at desc, id desc limit " + SHOWN)
                        .params(params(user))
                        .query((rs, n) -> Counted.of(rs, new WorkItem(rs.getString("filename"),
                                importStatus(rs.getString("status"), rs.getInt("error_count")) + " · "
                                        + rs.getString("created_by"),
                                null, "/imports/" + rs.getLong("id"))))
                        .list(),
                "Ninguna importación falló en los últimos 7 días ni está en curso."));
    }

    @Bean
    WorkPanel accountsPanel() {
        return WorkPanel.of(WorkArea.ADMINISTRATION, Capability.ADMINISTER_USERS, 20, user -> WorkList.of(
                "Cuentas que no pueden ingresar", "/admin/users",
                jdbc.sql("select id, username, enabled, count(*) over () as total from app_user"
                        + " where (:all or jurisdiction_id = :j) and (not enabled or locked_until > now())"
                        + " order by username limit " + SHOWN)
                        .params(params(user))
                        .query((rs, n) -> Counted.of(rs, new WorkItem(rs.getString("username"),
                                rs.getBoolean("enabled") ? "Bloqueada temporalmente por intentos fallidos"
                                        : "Desactivada",
                                null, "/admin/users/" + rs.getLong("id"))))
                        .list(),
                "Todas las cuentas activas pueden ingresar."));
    }

    @Bean
    WorkPanel jurisdictionsPanel() {
        return WorkPanel.of(WorkArea.ADMINISTRATION, Capability.ADMINISTER_USERS, 30, user -> WorkList.of(
                "Jurisdicciones", "/admin/jurisdictions",
                jdbc.sql("select j.name, j.time_zone, count(*) over () as total,"
                        + " (select count(*) from app_user u where u.jurisdiction_id = j.id and u.enabled) as users"
                        + " from jurisdiction j where (:all or j.id = :j) order by j.name limit " + SHOWN)
                        .params(params(user))
                        .query((rs, n) -> Counted.of(rs, new WorkItem(rs.getString("name"),
                                rs.getLong("users")
                                        + (rs.getLong("users") == 1 ? " usuario activo" : " usuarios activos")
                                        + " · hora de " + rs.getString("time_zone"),
                                null, "/admin/jurisdictions")))
                        .list(),
                "No hay jurisdicciones."));
    }

    private static Map<String, Object> params(CurrentUser user) {
        return Map.of("all", user.allJurisdictions(), "j", user.allJurisdictions() ? -1L : user.jurisdictionId());
    }

    /** The import's status as the import pages name it, with its errors when it was refused. */
    private static String importStatus(String status, int errors) {
        ImportStatus s = ImportStatus.valueOf(status);
        return s == ImportStatus.INVALID
                ? s.label() + " (" + errors + (errors == 1 ? " error" : " errores") + "), no se cargó"
                : s.label();
    }
}
