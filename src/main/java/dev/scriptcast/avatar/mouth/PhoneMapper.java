package dev.scriptcast.avatar.mouth;

import dev.scriptcast.speech.Phoneme;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/** Maps engine phonemes (MaryTTS en_US SAMPA, eSpeak IPA) to {@link Phone}s. */
public final class PhoneMapper {
    private static final Map<String, Phone> SAMPA = new HashMap<>();
    private static final Map<String, Phone> IPA = new HashMap<>();

    static {
        sampa(Phone.AO, "O", "O:");
        sampa(Phone.AA, "A", "A:", "Q");
        sampa(Phone.IY, "i", "i:");
        sampa(Phone.IH, "I");
        sampa(Phone.UW, "u", "u:");
        sampa(Phone.UH, "U");
        sampa(Phone.EH, "E", "e");
        sampa(Phone.AE, "{");
        sampa(Phone.AH, "V");
        sampa(Phone.SCHWA, "@", "6");
        sampa(Phone.EY, "EI", "eI");
        sampa(Phone.AY, "AI", "aI");
        sampa(Phone.OW, "@U", "oU");
        sampa(Phone.AW, "aU");
        sampa(Phone.OY, "OI");
        sampa(Phone.ER, "r=", "3", "3:", "@`");
        sampa(Phone.CH, "tS");
        sampa(Phone.JH, "dZ");
        sampa(Phone.TH, "T");
        sampa(Phone.DH, "D");
        sampa(Phone.SH, "S");
        sampa(Phone.ZH, "Z");
        sampa(Phone.HH, "h");
        sampa(Phone.NG, "N");
        sampa(Phone.Y, "j");
        for (Phone plain : new Phone[] {Phone.P, Phone.B, Phone.T, Phone.D, Phone.K, Phone.G, Phone.F, Phone.V,
                Phone.S, Phone.Z, Phone.M, Phone.N, Phone.L, Phone.R, Phone.W}) {
            SAMPA.put(plain.name().toLowerCase(), plain);
        }
        SAMPA.put("_", Phone.SILENCE);

        ipa(Phone.AO, "ɔ", "ɔː", "ɒː");
        ipa(Phone.AA, "ɑ", "ɑː", "ɒ", "a", "aː");
        ipa(Phone.IY, "i", "iː", "iə", "ɪə");
        ipa(Phone.IH, "ɪ", "ᵻ", "ɨ");
        ipa(Phone.UW, "u", "uː", "ʉ", "ʉː", "ʊə", "ɯ");
        ipa(Phone.UH, "ʊ");
        ipa(Phone.EH, "ɛ", "e", "eː", "ɛː", "eə", "ɛə");
        ipa(Phone.AE, "æ");
        ipa(Phone.AH, "ʌ", "ɐ");
        ipa(Phone.SCHWA, "ə", "əː", "ɵ");
        ipa(Phone.EY, "eɪ", "ɛɪ");
        ipa(Phone.AY, "aɪ", "ʌɪ", "ɑɪ");
        ipa(Phone.OW, "oʊ", "əʊ", "o", "oː");
        ipa(Phone.AW, "aʊ");
        ipa(Phone.OY, "ɔɪ", "oɪ");
        ipa(Phone.ER, "ɜ", "ɜː", "ɚ", "ɝ", "ɜɹ", "əɹ");
        ipa(Phone.P, "p");
        ipa(Phone.B, "b");
        ipa(Phone.T, "t", "ɾ", "ʔ");
        ipa(Phone.D, "d");
        ipa(Phone.K, "k", "x");
        ipa(Phone.G, "ɡ", "g");
        ipa(Phone.CH, "tʃ");
        ipa(Phone.JH, "dʒ");
        ipa(Phone.F, "f");
        ipa(Phone.V, "v");
        ipa(Phone.TH, "θ");
        ipa(Phone.DH, "ð");
        ipa(Phone.S, "s");
        ipa(Phone.Z, "z");
        ipa(Phone.SH, "ʃ");
        ipa(Phone.ZH, "ʒ");
        ipa(Phone.HH, "h");
        ipa(Phone.M, "m");
        ipa(Phone.N, "n");
        ipa(Phone.NG, "ŋ");
        ipa(Phone.L, "l", "ɫ");
        ipa(Phone.R, "ɹ", "r", "ɻ");
        ipa(Phone.Y, "j");
        ipa(Phone.W, "w", "ʍ");
        IPA.put("_", Phone.SILENCE);
    }

    private PhoneMapper() {}

    public static Phone toPhone(Phoneme phoneme) {
        return switch (phoneme.alphabet()) {
            case SAMPA -> SAMPA.getOrDefault(phoneme.symbol().replace("'", "").replace("\"", ""), Phone.UNKNOWN);
            case IPA -> fromIpa(phoneme.symbol());
        };
    }

    private static Phone fromIpa(String symbol) {
        String plain = stripMarks(symbol);
        if (plain.isEmpty()) {
            return symbol.isEmpty() ? Phone.SILENCE : Phone.UNKNOWN;
        }
        Phone phone = IPA.get(plain);
        if (phone == null) {
            phone = IPA.get(plain.replace("ː", ""));
        }
        if (phone == null && plain.codePointCount(0, plain.length()) > 1) {
            phone = IPA.get(plain.substring(0, plain.offsetByCodePoints(0, 1)));
        }
        return phone == null ? Phone.UNKNOWN : phone;
    }

    /** Drops stress, tie bars, syllabic and other combining marks: "ˈoʊ" → "oʊ", "t͡ʃ" → "tʃ", "n̩" → "n". */
    private static String stripMarks(String symbol) {
        String decomposed = Normalizer.normalize(symbol, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        decomposed.codePoints()
                .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                .filter(c -> c != 'ˈ' && c != 'ˌ' && c != '\'' && c != ',' && c != '-' && c != 'ʰ' && c != 'ʲ')
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void sampa(Phone phone, String... symbols) {
        for (String s : symbols) {
            SAMPA.put(s, phone);
        }
    }

    private static void ipa(Phone phone, String... symbols) {
        for (String s : symbols) {
            IPA.put(s, phone);
        }
    }
}
