package dev.scriptcast.speech.onnx;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.List;
import java.util.Optional;

/**
 * Exposes a VITS model's durations: the graph's single {@code Ceil} node computes each input id's length in
 * frames ({@code w_ceil}); its output is added as a graph output in a copy of the model, so one run yields both
 * the audio and the exact time of every id. The user's file is never written.
 */
final class DurationOutput {
    /** The edited model's bytes and the name of the added output. */
    record Exposed(byte[] model, String output) {}

    private DurationOutput() {}

    /** Empty when the bytes are not a model this can read, or the graph has no single Ceil node. */
    static Optional<Exposed> expose(byte[] model) {
        ModelProto proto;
        try {
            proto = ModelProto.parseFrom(model);
        } catch (InvalidProtocolBufferException e) {
            return Optional.empty();
        }
        List<NodeProto> ceils = proto.getGraph().getNodeList().stream()
                .filter(n -> n.getOpType().equals("Ceil") && n.getDomain().isEmpty()).toList();
        if (ceils.size() != 1 || ceils.getFirst().getOutputCount() != 1) {
            return Optional.empty();
        }
        String output = ceils.getFirst().getOutput(0);
        if (proto.getGraph().getOutputList().stream().anyMatch(o -> o.getName().equals(output))) {
            return Optional.of(new Exposed(model, output));
        }
        ModelProto edited = proto.toBuilder()
                .setGraph(proto.getGraph().toBuilder().addOutput(ValueInfoProto.newBuilder().setName(output)))
                .build();
        return Optional.of(new Exposed(edited.toByteArray(), output));
    }
}
