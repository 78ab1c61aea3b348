#!/usr/bin/env python3
"""Writes tiny ONNX models with the I/O signature of Wav2Lip-style lip-sync models, using only the stdlib.

The ONNX file is a protobuf message; the few message types needed are encoded by hand below. Each model takes a
mel chunk (B,1,80,16) and a face stack (B,6,S,S) and returns (B,3,S,S) in [0,1]:

    out = sigmoid(conv3x3(face) + (mean(mel) + 4) / 2 * mouth)

The convolution copies the reference crop (channels 3-5) through a steep sigmoid, so the output resembles the
face; `mouth` is a dark ellipse where a mouth sits in a Wav2Lip face crop (a 16x16 map resized to SxS), so the
mouth opens as the audio gets louder (silence is mel -4 everywhere and leaves the face as it is). Inputs carry names other models use, in different orders, because
scriptcast must bind them by shape.

Usage: scripts/make_tiny_model.py [OUTPUT_DIR]   (default src/test/resources/lipsync)
    tiny-96.onnx    face first, 96x96
    tiny-256.onnx   mel first, 256x256
    mismatched.onnx one (B,3,64,64) input: matches neither layout
"""
import os
import struct
import sys

FLOAT = 1  # TensorProto.DataType and TypeProto elem_type
ATTR_INTS = 7
ATTR_INT = 2
ATTR_STRING = 3


def varint(n):
    out = bytearray()
    n &= (1 << 64) - 1
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def key(field, wire):
    return varint(field << 3 | wire)


def f_int(field, n):
    return key(field, 0) + varint(n)


def f_bytes(field, data):
    if isinstance(data, str):
        data = data.encode()
    return key(field, 2) + varint(len(data)) + data


def tensor(name, dims, values):
    raw = struct.pack("<%df" % len(values), *values)
    return b"".join(f_int(1, d) for d in dims) + f_int(2, FLOAT) + f_bytes(8, name) + f_bytes(9, raw)


def value_info(name, dims):
    shape = b""
    for d in dims:
        shape += f_bytes(1, f_bytes(2, d) if isinstance(d, str) else f_int(1, d))
    tensor_type = f_int(1, FLOAT) + f_bytes(2, shape)
    return f_bytes(1, name) + f_bytes(2, f_bytes(1, tensor_type))


def attr_ints(name, values):
    return f_bytes(1, name) + f_int(20, ATTR_INTS) + b"".join(f_int(8, v) for v in values)


def attr_string(name, value):
    return f_bytes(1, name) + f_int(20, ATTR_STRING) + f_bytes(4, value)


def attr_int(name, value):
    return f_bytes(1, name) + f_int(20, ATTR_INT) + f_int(3, value)


def node(op, inputs, outputs, attrs=()):
    msg = b"".join(f_bytes(1, i) for i in inputs) + b"".join(f_bytes(2, o) for o in outputs)
    msg += f_bytes(3, op.lower() + "_" + outputs[0]) + f_bytes(4, op)
    return msg + b"".join(f_bytes(5, a) for a in attrs)


def model(graph):
    opset = f_bytes(1, "") + f_int(2, 13)
    return f_int(1, 8) + f_bytes(2, "scriptcast make_tiny_model.py") + f_bytes(7, graph) + f_bytes(8, opset)


def lip_sync_graph(size, face_name, mel_name, face_first):
    weights = [0.0] * (3 * 6 * 3 * 3)
    for c in range(3):
        weights[((c * 6) + 3 + c) * 9 + 4] = 4.0  # centre tap, reference channel c -> output channel c
        weights[((c * 6) + c) * 9 + 4] = 0.5      # a little of the masked crop, so both halves matter
    mouth = []
    for y in range(16):
        for x in range(16):
            dx, dy = (x + 0.5 - 8) / 3.0, (y + 0.5 - 12.2) / 1.6
            mouth.append(-1.0 if dx * dx + dy * dy <= 1 else 0.0)
    nodes = [
        node("Conv", [face_name, "w", "b"], ["conv"], [attr_ints("kernel_shape", [3, 3]),
                                                     attr_ints("pads", [1, 1, 1, 1])]),
        node("ReduceMean", [mel_name], ["loudness"], [attr_ints("axes", [1, 2, 3]), attr_int("keepdims", 1)]),
        node("Add", ["loudness", "four"], ["above_silence"]),
        node("Mul", ["above_silence", "half"], ["opening"]),
        node("Resize", ["mouth16", "", "scales"], ["mouth"], [attr_string("mode", "linear")]),
        node("Mul", ["opening", "mouth"], ["lift"]),
        node("Add", ["conv", "lift"], ["logits"]),
        node("Sigmoid", ["logits"], ["output"]),
    ]
    inits = [tensor("w", [3, 6, 3, 3], weights), tensor("b", [3], [-2.0] * 3), tensor("four", [1], [4.0]),
             tensor("half", [1], [0.5]), tensor("mouth16", [1, 1, 16, 16], mouth),
             tensor("scales", [4], [1.0, 1.0, size / 16.0, size / 16.0])]
    face = value_info(face_name, ["batch", 6, size, size])
    mel = value_info(mel_name, ["batch", 1, 80, 16])
    inputs = [face, mel] if face_first else [mel, face]
    graph = b"".join(f_bytes(1, n) for n in nodes) + f_bytes(2, "tiny_lipsync_%d" % size)
    graph += b"".join(f_bytes(5, t) for t in inits)
    graph += b"".join(f_bytes(11, i) for i in inputs)
    graph += f_bytes(12, value_info("output", ["batch", 3, size, size]))
    return graph


def mismatched_graph():
    graph = f_bytes(1, node("Sigmoid", ["image"], ["output"])) + f_bytes(2, "not_lipsync")
    graph += f_bytes(11, value_info("image", ["batch", 3, 64, 64]))
    graph += f_bytes(12, value_info("output", ["batch", 3, 64, 64]))
    return graph


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/lipsync"
    os.makedirs(out, exist_ok=True)
    files = {
        "tiny-96.onnx": model(lip_sync_graph(96, "face_sequences", "audio_sequences", True)),
        "tiny-256.onnx": model(lip_sync_graph(256, "video_frames", "mel_spectrogram", False)),
        "mismatched.onnx": model(mismatched_graph()),
    }
    for name, data in files.items():
        with open(os.path.join(out, name), "wb") as fh:
            fh.write(data)
        print(name, len(data), "bytes")


if __name__ == "__main__":
    main()
