package dev.scriptcast.avatar.neural;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The lip-synced presenter being prepared (the model's session created, the face found) on a thread of its own, so
 * that speech starts meanwhile: creating a CUDA session takes a second or two. Its errors reach the first caller of
 * {@link #get}, as they were thrown.
 */
public final class PendingPresenter implements AutoCloseable {
    private final CompletableFuture<LipSyncPresenter> presenter = new CompletableFuture<>();

    private PendingPresenter() {
    }

    public static PendingPresenter start(Supplier<LipSyncPresenter> prepare) {
        PendingPresenter pending = new PendingPresenter();
        Thread.ofPlatform().daemon().name("lipsync-load").start(() -> {
            try {
                pending.presenter.complete(prepare.get());
            } catch (RuntimeException | Error e) {
                pending.presenter.completeExceptionally(e);
            }
        });
        return pending;
    }

    /** Waits for the presenter; throws what preparing it threw. */
    public LipSyncPresenter get() {
        try {
            return presenter.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the lip-sync model was loading", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw (Error) e.getCause();
        }
    }

    /** Waits for the preparation to end (a session half made cannot be freed) and frees the model it loaded. */
    @Override
    public void close() {
        LipSyncPresenter loaded = presenter.handle((value, error) -> value).join();
        if (loaded != null) {
            loaded.model().close();
        }
    }
}
