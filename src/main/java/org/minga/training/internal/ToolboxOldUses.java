package org.minga.training.internal;

import java.time.Duration;

import org.minga.platform.ClusterJobs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start, matches to records the free text of who used a toolbox item written before uses were links
 * ({@code V770}): once per item, the unmatched pieces kept as the item's note. Once across the nodes that start
 * together ({@link ClusterJobs}): a node that finds another doing it leaves it to that one.
 */
@Component
record ToolboxOldUses(Toolbox toolbox, ClusterJobs jobs) implements ApplicationRunner {

    @Override
    public void run(ApplicationArguments args) {
        jobs.once("training.toolbox-old-uses", Duration.ofMinutes(1), toolbox::linkOldUses);
    }
}
