package org.minga.platform.internal.web;

import java.util.Set;

import org.minga.platform.NavigationItem;
import org.minga.platform.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavigationItem homeNavigation() {
        return NavigationItem.forAll("home", "Inicio", "/", 0);
    }

    @Bean
    NavigationItem importsNavigation() {
        return new NavigationItem("imports", "Importaciones", "/imports", 40,
                Set.of(Role.ADMINISTRATOR, Role.DISTRICT, Role.ZONAL, Role.LOCAL));
    }

    @Bean
    NavigationItem adminNavigation() {
        return new NavigationItem("admin", "Administración", "/admin/users", 900, Set.of(Role.ADMINISTRATOR));
    }
}
