package org.minga.virtual.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A material of an online session: its title and its http(s) link. */
@Table("online_session_material")
public record SessionMaterial(String title, String link) {
}
