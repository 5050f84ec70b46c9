package org.minga.actor.internal;

import org.minga.platform.Capability;
import org.minga.platform.Requires;
import java.util.List;

import org.minga.platform.CurrentUsers;
import org.minga.platform.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and removing the users who work for an actor, from the actor's page. */
@Requires(Capability.CONFIGURE_JURISDICTION)
@Controller
record ActorStaffPages(ActorStaffService staff) {

    @PostMapping("/actors/{id:\\d+}/staff")
    String add(@PathVariable long id, @RequestParam(required = false) String username,
            @RequestParam(required = false) String position, RedirectAttributes redirect) {
        try {
            staff.add(id, username, position, CurrentUsers.requireWriter());
            redirect.addFlashAttribute("staffSaved", username.strip());
        } catch (ValidationException e) {
            redirect.addFlashAttribute("staffErrors", e.errors());
            redirect.addFlashAttribute("staffUsername", username);
        }
        return "redirect:/actors/" + id + "#staff";
    }

    @PostMapping("/actors/{id:\\d+}/staff/{userId:\\d+}/delete")
    String remove(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        staff.remove(id, userId, CurrentUsers.requireWriter());
        redirect.addFlashAttribute("staffErrors", List.of());
        return "redirect:/actors/" + id + "#staff";
    }
}
