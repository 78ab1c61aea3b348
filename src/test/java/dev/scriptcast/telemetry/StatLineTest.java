package dev.scriptcast.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatLineTest {
    @Test
    void parsesStatWithSpacesAndParenthesesInTheCommandName() {
        String stat = "4242 (my (odd) cmd) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 30 7 3 20 0 1 0 10 1000 200";
        assertThat(StatLine.ownAndReapedTicks(stat)).isEqualTo(250 + 30 + 7 + 3);
        assertThat(StatLine.reapedChildTicks(stat)).isEqualTo(10);
    }

    @Test
    void readsVmRssInKib() {
        String status = "Name:\tjava\nVmPeak:\t  900 kB\nVmRSS:\t  123456 kB\nRssAnon:\t 1 kB\n";
        assertThat(StatLine.vmRssKb(status)).isEqualTo(123456);
        assertThat(StatLine.vmRssKb("Name:\tkthreadd\n")).isZero();
    }

    @Test
    void systemBusyLeavesOutIdleAndIowaitAndCountsGuestOnce() {
        String stat = "cpu  100 10 50 800 40 5 5 0 30 0\ncpu0 1 2 3 4 5 6 7 8 9 10\n";
        long[] busyTotal = StatLine.systemBusyAndTotal(stat);
        assertThat(busyTotal[1]).isEqualTo(100 + 10 + 50 + 800 + 40 + 5 + 5);
        assertThat(busyTotal[0]).isEqualTo(100 + 10 + 50 + 5 + 5);
    }
}
