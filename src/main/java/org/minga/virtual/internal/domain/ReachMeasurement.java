package org.minga.virtual.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

import java.time.LocalDate;

/** The reach of a virtual territory on one date: its members and its followers then. */
@Table("virtual_territory_reach")
public record ReachMeasurement(LocalDate measuredOn, int members, int followers) {
}
