package dev.scriptcast.speech;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import marytts.modules.acoustic.HMMModel;
import marytts.modules.acoustic.Model;
import marytts.modules.synthesis.Voice;

/**
 * Makes MaryTTS's HMM acoustic models safe for sentences spoken at once. Each model hands the utterance model from
 * duration prediction to F0 prediction through a plain {@link WeakHashMap} shared by every thread; concurrent puts
 * lose entries, and a sentence then fails ({@code HMMModel.applyFromTo} finds no utterance model). The map is
 * replaced by a synchronised one, so sentences still run in parallel.
 */
final class MaryModelsFix {
    private MaryModelsFix() {
    }

    /** Applies the fix to every loaded voice; call once Mary has started. Applying it twice changes nothing. */
    static void apply() throws ReflectiveOperationException {
        Field uttModels = HMMModel.class.getDeclaredField("uttModels");
        uttModels.setAccessible(true);
        for (Voice voice : Voice.getAvailableVoices()) {
            Map<String, Model> models = voice.getAcousticModels();
            if (models == null) {
                continue;
            }
            for (Model model : models.values()) {
                if (model instanceof HMMModel hmm && uttModels.get(hmm) instanceof WeakHashMap) {
                    uttModels.set(hmm, Collections.synchronizedMap(new WeakHashMap<>()));
                }
            }
        }
    }
}
