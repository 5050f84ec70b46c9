package org.minga.participation.internal.domain;

import java.math.BigDecimal;

import org.springframework.data.relational.core.mapping.Table;

/** The share of a value group (a {@code offer.ValueGroup} code) among the people a service point serves. */
@Table("service_point_value_group")
public record ValueGroupShare(String valueGroup, BigDecimal sharePercent) {
}
