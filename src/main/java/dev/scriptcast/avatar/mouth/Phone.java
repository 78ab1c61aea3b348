package dev.scriptcast.avatar.mouth;

/** An English phone in ARPAbet terms, the common ground of the engines' alphabets. */
public enum Phone {
    AO, AA, IY, UW, EH, IH, UH, AH, SCHWA, AE, EY, AY, OW, AW, OY, ER,
    P, B, T, D, K, G, CH, JH, F, V, TH, DH, S, Z, SH, ZH, HH, M, N, NG, L, R, Y, W,
    /** A sound the engine produced that maps to no English phone (a foreign vowel, a glottal stop, …). */
    UNKNOWN,
    SILENCE;

    public boolean isVowel() {
        return ordinal() <= ER.ordinal();
    }
}
