package org.minga.demo;

import org.minga.platform.CurrentUser;
import org.minga.platform.Role;

/** The identity demo data is written as: an administrator of every jurisdiction that is not a real account. */
final class DemoActor {

    static final CurrentUser SYSTEM = CurrentUser.demoLoader();
    static final String PASSWORD = "minga2026";

    private DemoActor() {
    }
}
