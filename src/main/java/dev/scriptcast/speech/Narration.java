package dev.scriptcast.speech;

import dev.scriptcast.audio.PcmAudio;
import dev.scriptcast.timeline.Timeline;

/** The whole script spoken: audio plus when each word and phoneme is said (ms from the start). */
public record Narration(PcmAudio audio, Timeline<Word> words, Timeline<Phoneme> phonemes) {}
