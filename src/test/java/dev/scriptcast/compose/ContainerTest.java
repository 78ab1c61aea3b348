package dev.scriptcast.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scriptcast.base.InputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContainerTest {
    @Test
    void theExtensionNamesTheContainerInAnyCase() {
        assertThat(Container.forPath(Path.of("talk.mp4"))).isEqualTo(Container.MP4);
        assertThat(Container.forPath(Path.of("/tmp/a.b/talk.MOV"))).isEqualTo(Container.MOV);
        assertThat(Container.forPath(Path.of("talk.mkv")).muxer()).isEqualTo("matroska");
        assertThat(Container.forPath(Path.of("talk.webm")).audioEncoder()).isEqualTo("libopus");
    }

    @Test
    void otherExtensionsAreOneLineListingTheSupportedOnes() {
        assertThatThrownBy(() -> Container.forPath(Path.of("talk.gif"))).isInstanceOf(InputException.class)
                .hasMessage("-o talk.gif: cannot write .gif files (use .mp4, .mov, .mkv or .webm)");
        assertThatThrownBy(() -> Container.forPath(Path.of("/tmp/a.b/talk"))).isInstanceOf(InputException.class)
                .hasMessageContaining("without extension");
    }

    @Test
    void webmFallsBackToVp9AndMovRefusesAv1() {
        assertThat(Container.WEBM.candidates("auto")).containsExactly("libvpx-vp9");
        assertThat(Container.WEBM.candidates("libsvtav1")).containsExactly("libsvtav1", "libvpx-vp9");
        assertThat(Container.MP4.candidates("libvpx-vp9")).containsExactly("libvpx-vp9", "libx264");
        assertThat(Container.MKV.candidates("auto")).endsWith("libx264");
        assertThatThrownBy(() -> Container.MOV.candidates("libsvtav1")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("video.encoder: libsvtav1 cannot be written to .mov");
    }

    @Test
    void vp9UsesRealtimeSpeedsForFastPresetsAndCrf() {
        EncodeSettings fast = new EncodeSettings("libvpx-vp9", "veryfast", 30, null);
        EncodeSettings slow = new EncodeSettings("libvpx-vp9", "slow", 30, null);

        assertThat(Encoders.options("libvpx-vp9", fast)).containsEntry("deadline", "realtime")
                .containsEntry("cpu-used", "6").containsEntry("crf", "30");
        assertThat(Encoders.options("libvpx-vp9", slow)).containsEntry("deadline", "good")
                .containsEntry("cpu-used", "2");
    }
}
