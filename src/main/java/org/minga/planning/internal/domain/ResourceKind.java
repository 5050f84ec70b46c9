package org.minga.planning.internal.domain;

import org.minga.platform.Labelled;

/** What a resource line of a plan action is: money, staff or goods (the last two valued at their cost). */
public enum ResourceKind implements Labelled {
    MONEY, STAFF, GOODS
}
