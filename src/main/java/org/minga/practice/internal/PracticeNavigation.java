package org.minga.practice.internal;

import org.minga.platform.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PracticeNavigation {

    @Bean
    NavigationItem practicesNavigation() {
        return NavigationItem.forAll("practices", "Buenas prácticas", "/practices", 90);
    }
}
