package dev.scriptcast.compose;

/**
 * Where a render's time went: {@code composeMs} summed over the producer threads (drawing and colour
 * conversion), {@code encodeMs} spent handing frames and audio to the encoder, {@code waitForFramesMs} the
 * encoder stood idle waiting for a frame. Little waiting means the encoder bounds the render.
 */
public record RenderTiming(int producers, long composeMs, long encodeMs, long waitForFramesMs) {}
