package dev.scriptcast.avatar.mouth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.speech.Phoneme;
import dev.scriptcast.speech.Phoneme.Alphabet;
import org.junit.jupiter.api.Test;

class PhoneMapperTest {
    private static Phone sampa(String s) {
        return PhoneMapper.toPhone(new Phoneme(s, Alphabet.SAMPA, false));
    }

    private static Phone ipa(String s) {
        return PhoneMapper.toPhone(new Phoneme(s, Alphabet.IPA, false));
    }

    @Test
    void maryTtsSampaIsCaseSensitive() {
        assertThat(sampa("D")).isEqualTo(Phone.DH);
        assertThat(sampa("d")).isEqualTo(Phone.D);
        assertThat(sampa("A")).isEqualTo(Phone.AA);
        assertThat(sampa("@U")).isEqualTo(Phone.OW);
        assertThat(sampa("@")).isEqualTo(Phone.SCHWA);
        assertThat(sampa("r=")).isEqualTo(Phone.ER);
        assertThat(sampa("tS")).isEqualTo(Phone.CH);
        assertThat(sampa("{")).isEqualTo(Phone.AE);
        assertThat(sampa("_")).isEqualTo(Phone.SILENCE);
    }

    @Test
    void espeakIpaIgnoresStressTieBarsAndLength() {
        assertThat(ipa("ˈoʊ")).isEqualTo(Phone.OW);
        assertThat(ipa("t͡ʃ")).isEqualTo(Phone.CH);
        assertThat(ipa("tʃ")).isEqualTo(Phone.CH);
        assertThat(ipa("ɡ")).isEqualTo(Phone.G);
        assertThat(ipa("ˌɜː")).isEqualTo(Phone.ER);
        assertThat(ipa("ð")).isEqualTo(Phone.DH);
        assertThat(ipa("iː")).isEqualTo(Phone.IY);
        assertThat(ipa("n̩")).isEqualTo(Phone.N);
        assertThat(ipa("ɹ")).isEqualTo(Phone.R);
        assertThat(ipa("_")).isEqualTo(Phone.SILENCE);
    }

    @Test
    void unmappedSymbolsAreUnknownNotSilence() {
        assertThat(sampa("Y")).isEqualTo(Phone.UNKNOWN);
        assertThat(ipa("ɮ")).isEqualTo(Phone.UNKNOWN);
    }
}
