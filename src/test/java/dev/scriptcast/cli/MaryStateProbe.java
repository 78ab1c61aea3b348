package dev.scriptcast.cli;

import marytts.server.Mary;

/**
 * Runs one command like {@code scriptcast}, then reports on stdout whether MaryTTS was started. A warm-up that
 * begins in the background is given two seconds to show itself before the answer, so the report is not a race.
 */
public final class MaryStateProbe {
    private MaryStateProbe() {}

    public static void main(String[] args) throws InterruptedException {
        int code = Main.run(args);
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (Mary.currentState() == Mary.STATE_OFF && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        System.out.println("mary-state=" + Mary.currentState());
        System.exit(code);
    }
}
