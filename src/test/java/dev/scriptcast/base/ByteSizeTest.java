package dev.scriptcast.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sizes read as du -h shows them: 1024-based units. */
class ByteSizeTest {
    @Test
    void unitsAre1024BasedAndTheBAndTheCaseAreOptional() {
        assertThat(ByteSize.parse("4096")).isEqualTo(4096);
        assertThat(ByteSize.parse("10B")).isEqualTo(10);
        assertThat(ByteSize.parse("2KB")).isEqualTo(2048);
        assertThat(ByteSize.parse("500MB")).isEqualTo(500L << 20);
        assertThat(ByteSize.parse(" 2 gb ")).isEqualTo(2L << 30);
        assertThat(ByteSize.parse("1.5G")).isEqualTo(3L << 29);
        assertThat(ByteSize.parse("1TB")).isEqualTo(1L << 40);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "lots", "", "2PB", "1e9", "5 MiB", "999999999999999TB"})
    void anythingElseIsRefusedNamingWhatWasWritten(String text) {
        assertThatThrownBy(() -> ByteSize.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(got " + text + ")");
    }

    @Test
    void formatsWithOneDecimalAboveAKilobyte() {
        assertThat(ByteSize.format(0)).isEqualTo("0 B");
        assertThat(ByteSize.format(1023)).isEqualTo("1023 B");
        assertThat(ByteSize.format(1536)).isEqualTo("1.5 KB");
        assertThat(ByteSize.format(3L << 30)).isEqualTo("3.0 GB");
    }
}
