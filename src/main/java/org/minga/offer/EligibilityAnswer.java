package org.minga.offer;

import org.minga.platform.PageResult;

/** The services a person may receive and, for the others, the first reason why not. */
public record EligibilityAnswer(PageResult<ServiceCard> eligible, PageResult<ServiceCard> notEligible) {
}
