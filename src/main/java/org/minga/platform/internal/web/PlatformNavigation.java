package org.minga.platform.internal.web;

import java.util.Set;

import org.minga.platform.Capability;
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
        return NavigationItem.needing("imports", "Importaciones", "/imports", 40, Capability.MANAGE_TERRITORY,
                Capability.RECORD_PERSONAL_DATA, Capability.MANAGE_ACTORS_AND_OFFER, Capability.MANAGE_PLANS);
    }

    @Bean
    NavigationItem adminNavigation() {
        return NavigationItem.needing("admin", "Administración", "/admin/users", 900, Capability.ADMINISTER_USERS);
    }
}
