package dev.scriptcast.pipeline;

/**
 * The public entry point: renders a script into a video in-process. Safe to call concurrently from several
 * threads (each call has its own pipeline; the speech engine runtime is shared).
 */
public final class Scriptcast {
    public static final String VERSION = dev.scriptcast.base.AppVersion.VALUE;

    private Scriptcast() {}

    public static RenderResult render(RenderRequest request, ProgressListener progress)
            throws InterruptedException, java.io.IOException {
        return new Pipeline(request, progress).run();
    }
}
