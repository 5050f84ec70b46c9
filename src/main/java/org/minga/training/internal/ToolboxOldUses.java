package org.minga.training.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, matches to records the free text of who used a toolbox item written before uses were links
 * ({@code V770}): once per item, the unmatched pieces kept as the item's note.
 */
@Component
record ToolboxOldUses(Toolbox toolbox) implements ApplicationRunner {

    @Override
    public void run(ApplicationArguments args) {
        toolbox.linkOldUses();
    }
}
