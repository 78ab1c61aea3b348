package dev.scriptcast.compose;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.scriptcast.base.InputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncodersTest {
    @Test
    void probeOpensEverySelectableEncoderOrSaysWhyNot() {
        List<Encoders.Status> all = Encoders.probe();
        assertThat(all).extracting(Encoders.Status::name).containsExactlyElementsOf(Encoders.SELECTABLE);
        assertThat(all.getFirst().opens()).as("libx264 always opens").isTrue();
        assertThat(all).filteredOn(s -> !s.opens()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        if (!Encoders.gpuPresent()) {
            assertThat(all).filteredOn(s -> s.name().endsWith("_nvenc"))
                    .allSatisfy(s -> assertThat(s.reason()).startsWith("no NVIDIA GPU/driver"));
        }
    }

    @Test
    void autoTriesNvencOnlyWhenAGpuIsPresentAndEndsWithLibx264() {
        List<String> order = Encoders.candidates("auto");
        assertThat(order.getLast()).isEqualTo("libx264");
        assertThat(order.contains("h264_nvenc")).isEqualTo(Encoders.gpuPresent());
        assertThat(Encoders.candidates("libsvtav1")).containsExactly("libsvtav1", "libx264");
    }

    @Test
    void unknownEncoderIsAnInputErrorNamingIt() {
        assertThatThrownBy(() -> Encoders.candidates("mpeg1video"))
                .isInstanceOf(InputException.class).hasMessageContaining("mpeg1video").hasMessageContaining("video.encoder");
    }

    @Test
    void x264PresetNamesMapOntoEachEncoder() {
        EncodeSettings s = new EncodeSettings("auto", "veryfast", 23, null);
        assertThat(Encoders.options("h264_nvenc", s)).containsEntry("preset", "p2").containsEntry("cq", "23");
        assertThat(Encoders.options("libsvtav1", s)).containsEntry("preset", "10").containsEntry("crf", "23");
        assertThat(Encoders.options("libx264", new EncodeSettings("auto", "medium", 20, "4M")))
                .containsEntry("preset", "medium").doesNotContainKey("crf");
    }
}
