package dev.scriptcast.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The batch's output folder, as an item's render sees it: a local folder to render into, then the files put in
 * place under their names in the output folder. Names are plain file or folder names inside that folder.
 */
public interface ItemStore {
    /** The local folder {@code item}'s render writes its outputs in. */
    Path renderDir(String item) throws IOException;

    /** Puts the rendered {@code names} (files or folders in {@link #renderDir}) in place in the output folder. */
    void publish(String item, List<String> names) throws IOException;

    /** Removes what {@link #renderDir} left for {@code item} that is not in the output folder. */
    void cleanUp(String item);

    boolean exists(String name) throws IOException;

    /** A small text file's contents, empty when there is none. */
    Optional<String> read(String name) throws IOException;

    /** Writes a small text file under a temp name, then renames it into place. */
    void write(String name, String text) throws IOException;
}
