package org.minga.territory.internal.prioritization;

import org.minga.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PrioritizationNavigation {

    @Bean
    NavigationItem prioritizationNavigationItem() {
        return NavigationItem.territorial("prioritization", "Priorización", "/territories/prioritization", 30);
    }
}
