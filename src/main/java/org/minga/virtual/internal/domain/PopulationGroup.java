package org.minga.virtual.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A population group a virtual territory reaches (youth, caregivers, older people...), in the team's words. */
@Table("virtual_territory_population_group")
public record PopulationGroup(String name) {
}
