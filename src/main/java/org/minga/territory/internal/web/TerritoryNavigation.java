package org.minga.territory.internal.web;

import org.minga.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TerritoryNavigation {

    @Bean
    NavigationItem territoriesNavigation() {
        return NavigationItem.territorial("territories", "Territorios", "/territories", 10);
    }
}
