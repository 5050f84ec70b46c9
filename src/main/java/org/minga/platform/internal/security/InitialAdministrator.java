package org.minga.platform.internal.security;

import org.minga.platform.NewUser;
import org.minga.platform.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.minga.platform.internal.StartupTask;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator from {@code MINGA_ADMIN_USER} and {@code MINGA_ADMIN_PASSWORD} when no
 * administrator exists yet: the way into an installation without demo data. Does nothing otherwise.
 */
@Component
class InitialAdministrator extends StartupTask {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountService accounts;
    private final AdminProperties properties;

    InitialAdministrator(UserAccountService accounts, AdminProperties properties) {
        super(0);
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    protected void run() {
        if (properties.username() == null || properties.username().isBlank()) {
            if (!accounts.anyAdministrator()) {
                log.warn("No hay ningún administrador. Defina MINGA_ADMIN_USER y MINGA_ADMIN_PASSWORD y reinicie "
                        + "para crear el primero.");
            }
            return;
        }
        if (accounts.anyAdministrator()) {
            return;
        }
        accounts.create(new NewUser(properties.username(), properties.password(), "Administrador", null,
                Role.ADMINISTRATOR, null, null));
        log.info("Administrador inicial '{}' creado.", properties.username());
    }

    @ConfigurationProperties("minga.admin")
    record AdminProperties(String username, String password) {
    }
}
