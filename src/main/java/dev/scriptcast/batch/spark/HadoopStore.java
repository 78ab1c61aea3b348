package dev.scriptcast.batch.spark;

import dev.scriptcast.batch.ItemStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An output folder reached through Hadoop's FileSystem API, so it may be local, HDFS or S3A. Each item renders
 * into a local scratch folder; each output is then copied in under a hidden temp name and renamed into place.
 */
final class HadoopStore implements ItemStore {
    private final FileSystem fs;
    private final Path dir;
    private final Map<String, java.nio.file.Path> scratch = new HashMap<>();

    private HadoopStore(FileSystem fs, Path dir) {
        this.fs = fs;
        this.dir = dir;
    }

    /** The folder {@code outDir}, made if missing. Local files are written without Hadoop's .crc companions. */
    static HadoopStore open(String outDir, Configuration conf) throws IOException {
        Path dir = new Path(outDir);
        FileSystem fs = dir.getFileSystem(conf);
        if (fs instanceof ChecksumFileSystem checksummed) {
            fs = checksummed.getRawFileSystem();
        }
        fs.mkdirs(dir);
        return new HadoopStore(fs, fs.makeQualified(dir));
    }

    @Override
    public synchronized java.nio.file.Path renderDir(String item) throws IOException {
        java.nio.file.Path local = scratch.get(item);
        if (local == null) {
            local = Files.createTempDirectory("scriptcast-batch-");
            scratch.put(item, local);
        }
        return local;
    }

    @Override
    public void publish(String item, List<String> names) throws IOException {
        java.nio.file.Path local = renderDir(item);
        for (String name : names.reversed()) {
            java.nio.file.Path file = local.resolve(name);
            if (Files.exists(file)) {
                Path temp = temp(name);
                fs.copyFromLocalFile(false, true, new Path(file.toUri()), temp);
                replace(temp, new Path(dir, name));
            }
        }
    }

    @Override
    public synchronized void cleanUp(String item) {
        java.nio.file.Path local = scratch.remove(item);
        if (local == null) {
            return;
        }
        try (Stream<java.nio.file.Path> all = Files.walk(local)) {
            for (java.nio.file.Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a scratch folder left in the temp folder is named scriptcast-batch-
        }
    }

    @Override
    public boolean exists(String name) throws IOException {
        return fs.exists(new Path(dir, name));
    }

    @Override
    public Optional<String> read(String name) throws IOException {
        Path file = new Path(dir, name);
        if (!fs.isFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = fs.open(file)) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public void write(String name, String text) throws IOException {
        Path temp = temp(name);
        try (OutputStream out = fs.create(temp, true)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        replace(temp, new Path(dir, name));
    }

    private Path temp(String name) {
        return new Path(dir, "." + name + ".partial-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    }

    /** Hadoop's rename does not replace: the old output goes first, then the complete new one is renamed in. */
    private void replace(Path temp, Path target) throws IOException {
        try {
            if (fs.exists(target)) {
                fs.delete(target, true);
            }
            if (!fs.rename(temp, target)) {
                throw new IOException("cannot rename " + temp + " to " + target);
            }
        } finally {
            fs.delete(temp, true);
        }
    }
}
