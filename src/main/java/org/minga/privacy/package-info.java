/**
 * Privacy (Ley 1581 de 2012): authorizations to process personal data, data-subject requests with their
 * legal deadlines in business days, the log of every view of a personal record, and the holiday calendars
 * those deadlines count.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protección de datos personales", allowedDependencies = {
        "platform"})
package org.minga.privacy;
