package dev.scriptcast.pipeline;

import dev.scriptcast.compose.Layer;
import dev.scriptcast.avatar.neural.NeuralAvatar;
import java.util.Optional;

/**
 * The avatar_generation result: the layer to compose (none without an avatar) and, for neural lip-sync, the
 * avatar whose inference threads run ahead of composition and must be stopped afterwards.
 */
record AvatarPart(Optional<Layer> layer, Optional<NeuralAvatar> neural) implements AutoCloseable {
    static AvatarPart none() {
        return new AvatarPart(Optional.empty(), Optional.empty());
    }

    @Override
    public void close() {
        neural.ifPresent(NeuralAvatar::close);
    }
}
