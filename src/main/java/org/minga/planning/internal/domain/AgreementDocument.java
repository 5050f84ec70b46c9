package org.minga.planning.internal.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A document of an agreement (the signed text, an addendum, the minutes of its committee): a title and a link. */
@Table("agreement_document")
public record AgreementDocument(String title, String url) {
}
