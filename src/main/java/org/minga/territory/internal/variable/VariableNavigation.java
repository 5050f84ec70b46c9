package org.minga.territory.internal.variable;

import org.minga.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VariableNavigation {

    @Bean
    NavigationItem variablesNavigation() {
        return NavigationItem.territorial("variables", "Variables sociales", "/territories/variables", 28);
    }
}
