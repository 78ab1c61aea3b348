package dev.scriptcast.batch.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/gpu-discovery.sh as Spark runs it, with the GPUs it finds set by an nvidia-smi placed first on PATH (or
 * none at all): one JSON line naming each CUDA device index.
 */
class GpuDiscoveryScriptTest {
    private static final Path SCRIPT = Path.of("scripts/gpu-discovery.sh").toAbsolutePath();
    private static final List<String> TOOLS = List.of("sh", "tr", "grep", "sed", "paste");

    @TempDir
    Path dir;

    /** A folder with only the tools the script needs, so no real nvidia-smi is found. */
    private Path tools() throws IOException {
        Path bin = dir.resolve("tools");
        if (Files.isDirectory(bin)) {
            return bin;
        }
        Files.createDirectories(bin);
        for (String tool : TOOLS) {
            Path real = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
        }
        return bin;
    }

    private Path fakeNvidiaSmi(String body) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("fake"));
        Path smi = Files.writeString(bin.resolve("nvidia-smi"), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private List<String> discover(Map<String, String> env, Path... path) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", SCRIPT.toString()).redirectErrorStream(true);
        builder.environment().remove("CUDA_VISIBLE_DEVICES");
        builder.environment().putAll(env);
        List<String> dirs = new ArrayList<>();
        for (Path p : path) {
            dirs.add(p.toString());
        }
        builder.environment().put("PATH", String.join(":", dirs));
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        assertThat(out.lines().count()).as(out).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.path("name").asText()).isEqualTo("gpu");
        List<String> addresses = new ArrayList<>();
        json.path("addresses").forEach(a -> addresses.add(a.textValue()));
        return addresses;
    }

    @Test
    void listsEveryGpuNvidiaSmiReports() throws Exception {
        Path fake = fakeNvidiaSmi("printf '0\\n1\\n2\\n3\\n'");

        assertThat(discover(Map.of(), fake, tools())).containsExactly("0", "1", "2", "3");
    }

    @Test
    void withCudaVisibleDevicesListsTheIndicesCudaGivesThem() throws Exception {
        Path fake = fakeNvidiaSmi("printf '0\\n1\\n2\\n3\\n'");

        assertThat(discover(Map.of("CUDA_VISIBLE_DEVICES", "2,3"), fake, tools())).containsExactly("0", "1");
        assertThat(discover(Map.of("CUDA_VISIBLE_DEVICES", "1,9,2"), fake, tools())).containsExactly("0");
        assertThat(discover(Map.of("CUDA_VISIBLE_DEVICES", ""), fake, tools())).isEmpty();
    }

    @Test
    void noGpusWhenNvidiaSmiFailsOrIsMissing() throws Exception {
        Path failing = fakeNvidiaSmi("echo 'No devices were found'; exit 6");

        assertThat(discover(Map.of(), failing, tools())).isEmpty();
        assertThat(discover(Map.of(), tools())).isEmpty();
    }
}
