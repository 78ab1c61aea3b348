package dev.scriptcast.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class ThreadBudgetTest {
    @Test
    void namedThreadsComeFromTheBudgetsFactoryNumberedFromOne() throws Exception {
        List<String> ran = new ArrayList<>();
        ThreadFactory following = task -> Thread.ofPlatform().unstarted(() -> {
            synchronized (ran) {
                ran.add("followed");
            }
            task.run();
        });
        ThreadFactory compose = new ThreadBudget(2, following).named("compose", true);

        Thread first = compose.newThread(() -> { });
        Thread second = compose.newThread(() -> { });
        first.start();
        second.start();
        first.join();
        second.join();

        assertThat(List.of(first.getName(), second.getName())).containsExactly("compose-1", "compose-2");
        assertThat(first.isDaemon()).isTrue();
        assertThat(ran).containsExactly("followed", "followed");
        assertThat(ThreadBudget.of(1).named("speech", false).newThread(() -> { }).isDaemon()).isFalse();
    }

    @Test
    void aBudgetHasAtLeastOneThread() {
        assertThatThrownBy(() -> ThreadBudget.of(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
