package dev.scriptcast.speech;

/**
 * Mary applies its pitch effects by setting them on the shared voice object before each sentence, and its vocoder
 * reads them while the audio streams out. Syntheses with different effects must therefore not overlap; this gate
 * lets any number run together as long as they all use the same effects.
 */
final class MaryEffectsGate {
    private String current = "";
    private int active;

    synchronized void enter(String effects) throws InterruptedException {
        while (active > 0 && !current.equals(effects)) {
            wait();
        }
        current = effects;
        active++;
    }

    synchronized void exit() {
        if (--active == 0) {
            notifyAll();
        }
    }
}
