package dev.scriptcast.avatar.neural;

import dev.scriptcast.base.InputException;
import java.nio.file.Path;
import java.util.List;

/**
 * Which model input is the mel chunk and which the face stack, found from the shapes alone: public exports name
 * them differently ({@code audio_sequences}/{@code face_sequences}, {@code mel_spectrogram}/{@code video_frames},
 * …) and list them in any order. Mel is (B,1,80,16); face is (B,6,S,S); the output is (B,3,S,S).
 */
record ModelLayout(int melInput, int faceInput, int faceSize) {

    /** Dimensions as ONNX Runtime reports them, −1 for a symbolic (batch) dimension. */
    static ModelLayout bind(Path model, List<long[]> inputShapes, List<long[]> outputShapes) {
        int mel = -1;
        int face = -1;
        int size = -1;
        for (int i = 0; i < inputShapes.size(); i++) {
            long[] d = inputShapes.get(i);
            if (d.length != 4) {
                continue;
            }
            if (d[1] == 1 && d[2] == MelSpectrogram.MELS && d[3] == MelSpectrogram.CHUNK_COLUMNS) {
                mel = i;
            } else if (d[1] == 6 && d[2] > 0 && d[2] == d[3]) {
                face = i;
                size = (int) d[2];
            }
        }
        if (inputShapes.size() != 2 || mel < 0 || face < 0) {
            throw new InputException("lip-sync model " + model + " has inputs " + describe(inputShapes)
                    + ", expected a mel chunk (B,1,80,16) and a face stack (B,6,S,S)");
        }
        if (outputShapes.isEmpty() || !isFaceOutput(outputShapes.getFirst(), size)) {
            throw new InputException("lip-sync model " + model + " has outputs " + describe(outputShapes)
                    + ", expected (B,3," + size + "," + size + ")");
        }
        return new ModelLayout(mel, face, size);
    }

    private static boolean isFaceOutput(long[] d, int size) {
        return d.length == 4 && d[1] == 3 && (d[2] == size || d[2] < 0) && (d[3] == size || d[3] < 0);
    }

    private static String describe(List<long[]> shapes) {
        StringBuilder s = new StringBuilder();
        for (long[] d : shapes) {
            s.append(s.isEmpty() ? "" : " ").append('(');
            for (int k = 0; k < d.length; k++) {
                s.append(k == 0 ? "" : ",").append(d[k] < 0 ? "B" : Long.toString(d[k]));
            }
            s.append(')');
        }
        return s.isEmpty() ? "none" : s.toString();
    }
}
