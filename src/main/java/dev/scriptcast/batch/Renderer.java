package dev.scriptcast.batch;

import dev.scriptcast.pipeline.ProgressListener;
import dev.scriptcast.pipeline.RenderRequest;
import dev.scriptcast.pipeline.RenderResult;
import dev.scriptcast.pipeline.Scriptcast;
import java.io.IOException;
import java.io.Serializable;

/** How an item is rendered: {@link Scriptcast#render}; serializable so a Spark task can carry it. */
@FunctionalInterface
public interface Renderer extends Serializable {
    Renderer SCRIPTCAST = Scriptcast::render;

    RenderResult render(RenderRequest request, ProgressListener progress) throws IOException, InterruptedException;
}
