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

    /**
     * The frame a render of {@code request} would show at {@code atMs} (its last frame when the video is shorter),
     * without rendering the video: only the speech up to that frame's segment is made, through the speech cache in
     * the work folder, and nothing is written beside the script. Bad input fails as the render's would.
     */
    public static Preview preview(RenderRequest request, long atMs) throws InterruptedException, java.io.IOException {
        return PreviewFrame.draw(request, atMs);
    }
}
