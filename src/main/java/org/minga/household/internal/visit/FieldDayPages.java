package org.minga.household.internal.visit;

import org.minga.household.FieldReferrals;
import org.minga.platform.Capability;
import org.minga.platform.CurrentUsers;
import org.minga.platform.NavigationItem;
import org.minga.platform.Requires;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The page a field worker prepares the day on and works offline with (a shell without personal data: the day is
 * read from the browser's encrypted store), and the supervisor's page of the workers' devices.
 */
@Requires(Capability.RECORD_PERSONAL_DATA)
@Controller
record FieldDayPages(FieldSync sync, FieldReferrals referrals,
        @Value("${minga.field-day.keep-hours:12}") int keepHours) {

    @GetMapping("/field-day")
    String day(Model model) {
        model.addAttribute("username", CurrentUsers.require().username());
        model.addAttribute("keepHours", keepHours);
        // no Minga password to derive the day's key from: the worker chooses a passphrase (README, Decisions)
        model.addAttribute("viaProvider", CurrentUsers.viaProvider());
        model.addAttribute("needs", referrals.needs());
        return "household/field-day";
    }

    @Requires(Capability.READ_PERSONAL_DATA)
    @GetMapping("/field-day/devices")
    String devices(Model model) {
        model.addAttribute("devices", sync.devices(CurrentUsers.require()));
        return "household/field-devices";
    }

    /** The menu entry for those who record personal data in the field. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Navigation {
        @org.springframework.context.annotation.Bean
        NavigationItem fieldDayNavigation() {
            return NavigationItem.needing("field-day", "Visitas sin conexión", "/field-day", 43,
                    Capability.RECORD_PERSONAL_DATA);
        }
    }
}
