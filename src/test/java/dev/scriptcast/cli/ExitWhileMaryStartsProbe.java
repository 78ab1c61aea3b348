package dev.scriptcast.cli;

import marytts.modules.ModuleRegistry;
import marytts.server.Mary;

/**
 * Runs one command like {@code scriptcast} and exits the JVM (as Ctrl-C does) the moment MaryTTS is starting,
 * after it registered its shutdown hook and while its modules are still loading.
 */
public final class ExitWhileMaryStartsProbe {
    private ExitWhileMaryStartsProbe() {}

    public static void main(String[] args) throws InterruptedException {
        Thread.ofPlatform().daemon().start(() -> Main.run(args));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!(Mary.currentState() == Mary.STATE_STARTING && ModuleRegistry.getRegistrationComplete())
                && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        System.out.println("mary-state=" + Mary.currentState());
        System.exit(130);
    }
}
