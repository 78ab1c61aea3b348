package dev.scriptcast.speech;

import java.util.List;
import javax.sound.sampled.AudioInputStream;
import marytts.datatypes.MaryData;
import marytts.htsengine.HMMData;
import marytts.htsengine.HMMVoice;
import marytts.htsengine.HTSParameterGeneration;
import marytts.htsengine.HTSUttModel;
import marytts.htsengine.HTSVocoder;
import marytts.modules.HTSEngine;
import marytts.signalproc.process.AmplitudeNormalizer;
import marytts.unitselection.select.Target;
import marytts.util.data.BufferedDoubleDataSource;
import marytts.util.data.audio.DDSAudioInputStream;
import org.w3c.dom.Element;

/**
 * MaryTTS's HMM synthesis module, with the vocoder run on the calling thread. Mary's own module starts a thread per
 * utterance that hands every sample to the reader through a 1024-slot queue of boxed doubles, a lock and often a
 * park per sample: on a many-core machine under load that hand-off cost more than the synthesis and made a sentence
 * take seconds. This one makes the same samples (the vocoder's array form, then the same amplitude normaliser as
 * the reader sees) with no thread and no queue.
 *
 * <p>Mary finds it through the {@code modules.classes.list} system property, whose modules are registered before
 * its own: its HMM synthesiser asks the registry for the first {@link HTSEngine}, which is then this one.
 */
public final class InlineHtsEngine extends HTSEngine {
    /** Mary's vocoder scales its output by the largest amplitude seen so far, starting from this. */
    private static final double INITIAL_MAX_AMPLITUDE = 17000;

    static final String MODULES_PROPERTY = "modules.classes.list";

    /** Makes Mary register this module ahead of its own; call before Mary starts. */
    static void register() {
        String name = InlineHtsEngine.class.getName();
        String modules = System.getProperty(MODULES_PROPERTY, "");
        if (!modules.contains(name)) {
            System.setProperty(MODULES_PROPERTY, (modules + " " + name).strip());
        }
    }

    @Override
    public MaryData process(MaryData d, List<Target> targets, List<Element> segmentsAndBoundaries,
                            List<Element> tokensAndBoundaries) throws Exception {
        HMMData hts = ((HMMVoice) d.getDefaultVoice()).getHMMData();
        HTSUttModel model = processTargetList(targets, segmentsAndBoundaries, hts);
        HTSParameterGeneration parameters = new HTSParameterGeneration();
        parameters.htsMaximumLikelihoodParameterGeneration(model, hts);
        double[] samples = new HTSVocoder().htsMLSAVocoder(parameters.getlf0Pst(), parameters.getMcepPst(),
                parameters.getStrPst(), parameters.getMagPst(), parameters.getVoicedArray(), hts, null);
        AudioInputStream audio = new DDSAudioInputStream(new BufferedDoubleDataSource(samples,
                new AmplitudeNormalizer(INITIAL_MAX_AMPLITUDE)), HTSVocoder.getHTSAudioFormat(hts));
        MaryData output = new MaryData(outputType(), d.getLocale());
        if (d.getAudioFileFormat() != null) {
            output.setAudioFileFormat(d.getAudioFileFormat());
            if (d.getAudio() != null) {
                output.setAudio(d.getAudio());
            }
        }
        output.appendAudio(audio);
        if (tokensAndBoundaries != null) {
            setRealisedProsody(tokensAndBoundaries, model);
        }
        return output;
    }
}
