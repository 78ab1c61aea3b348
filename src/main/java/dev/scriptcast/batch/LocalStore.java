package dev.scriptcast.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/** An output folder on this machine: renders write straight into it (each render commits its own outputs). */
public final class LocalStore implements ItemStore {
    private final Path dir;

    public LocalStore(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    @Override
    public Path renderDir(String item) {
        return dir;
    }

    @Override
    public void publish(String item, List<String> names) {
        // the render put them in place
    }

    @Override
    public void cleanUp(String item) {
        // the render removed its own temps
    }

    @Override
    public boolean exists(String name) {
        return Files.exists(dir.resolve(name));
    }

    @Override
    public Optional<String> read(String name) throws IOException {
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                : Optional.empty();
    }

    @Override
    public void write(String name, String text) throws IOException {
        Path temp = dir.resolve("." + name + ".partial-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
