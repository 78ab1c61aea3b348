#!/usr/bin/env python3
"""Writes a randomly initialised Wav2Lip-96-architecture ONNX model with numpy only (no PyTorch), for measuring
speed on machines without PyTorch. Same network as export_wav2lip96.py, with batch norm folded into the
convolutions as an exporter would; the weights are random, so the output means nothing.

Usage: scripts/make_wav2lip96_numpy.py OUT.onnx
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_tiny_model import attr_ints, f_bytes, f_int, model, node, value_info  # noqa: E402

FLOAT = 1


class Graph:
    def __init__(self):
        self.nodes, self.inits, self.count = [], [], 0
        self.rng = np.random.default_rng(0)
        self.params = 0

    def name(self, prefix):
        self.count += 1
        return f"{prefix}{self.count}"

    def weight(self, shape, fan_in):
        w = self.rng.standard_normal(shape).astype("<f4") * np.float32(np.sqrt(2.0 / fan_in))
        name = self.name("w")
        self.inits.append(b"".join(f_int(1, d) for d in shape) + f_int(2, FLOAT) + f_bytes(8, name)
                          + f_bytes(9, w.tobytes()))
        self.params += w.size
        return name

    def bias(self, n):
        name = self.name("b")
        self.inits.append(f_int(1, n) + f_int(2, FLOAT) + f_bytes(8, name) + f_bytes(9, bytes(4 * n)))
        self.params += n
        return name

    def conv(self, x, cin, cout, k, stride, pad, residual=False, relu=True):
        kh, kw = (k, k)
        sh, sw = stride if isinstance(stride, tuple) else (stride, stride)
        out = self.name("conv")
        self.nodes.append(node("Conv", [x, self.weight([cout, cin, kh, kw], cin * kh * kw), self.bias(cout)], [out],
                               [attr_ints("kernel_shape", [kh, kw]), attr_ints("strides", [sh, sw]),
                                attr_ints("pads", [pad, pad, pad, pad])]))
        if residual:
            summed = self.name("add")
            self.nodes.append(node("Add", [out, x], [summed]))
            out = summed
        return self.relu(out) if relu else out

    def up(self, x, cin, cout, stride):
        out = self.name("up")
        pad, extra = (1, 1) if stride == 2 else (0, 0)
        self.nodes.append(node("ConvTranspose", [x, self.weight([cin, cout, 3, 3], cin * 9), self.bias(cout)], [out],
                               [attr_ints("kernel_shape", [3, 3]), attr_ints("strides", [stride, stride]),
                                attr_ints("pads", [pad, pad, pad, pad]), attr_ints("output_padding", [extra, extra])]))
        return self.relu(out)

    def relu(self, x):
        out = self.name("relu")
        self.nodes.append(node("Relu", [x], [out]))
        return out

    def res(self, x, c, n):
        for _ in range(n):
            x = self.conv(x, c, c, 3, 1, 1, residual=True)
        return x


def build():
    g = Graph()
    skips = []
    x = g.conv("face_sequences", 6, 16, 7, 1, 3)
    skips.append(x)
    for cin, cout, n in [(16, 32, 2), (32, 64, 3), (64, 128, 2), (128, 256, 2), (256, 512, 1)]:
        x = g.res(g.conv(x, cin, cout, 3, 2, 1), cout, n)
        skips.append(x)
    x = g.conv(g.conv(x, 512, 512, 3, 1, 0), 512, 512, 1, 1, 0)
    skips.append(x)

    a = g.res(g.conv("audio_sequences", 1, 32, 3, 1, 1), 32, 2)
    a = g.res(g.conv(a, 32, 64, 3, (3, 1), 1), 64, 2)
    a = g.res(g.conv(a, 64, 128, 3, 3, 1), 128, 2)
    a = g.res(g.conv(a, 128, 256, 3, (3, 2), 1), 256, 1)
    x = g.conv(g.conv(a, 256, 512, 3, 1, 0), 512, 512, 1, 1, 0)

    decoder = [(None, 512, 512, 0, 1), (1024, 512, 1, 1, 1), (1024, 512, 2, 2, 2), (768, 384, 2, 2, 2),
               (512, 256, 2, 2, 2), (320, 128, 2, 2, 2), (160, 64, 2, 2, 2)]
    for i, (cin, cout, n, stride, _) in enumerate(decoder):
        if i == 0:
            x = g.conv(x, 512, 512, 1, 1, 0)
        else:
            x = g.res(g.up(x, cin, cout, stride), cout, n)
        cat = g.name("cat")
        g.nodes.append(node("Concat", [x, skips.pop()], [cat], [attr_int_axis()]))
        x = cat
    x = g.conv(x, 80, 32, 3, 1, 1)
    x = g.conv(x, 32, 3, 1, 1, 0, relu=False)
    g.nodes.append(node("Sigmoid", [x], ["output"]))
    return g


def attr_int_axis():
    from make_tiny_model import attr_int
    return attr_int("axis", 1)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "wav2lip96-random.onnx"
    g = build()
    graph = b"".join(f_bytes(1, n) for n in g.nodes) + f_bytes(2, "wav2lip96_random")
    graph += b"".join(f_bytes(5, t) for t in g.inits)
    graph += f_bytes(11, value_info("audio_sequences", ["batch", 1, 80, 16]))
    graph += f_bytes(11, value_info("face_sequences", ["batch", 6, 96, 96]))
    graph += f_bytes(12, value_info("output", ["batch", 3, 96, 96]))
    with open(out, "wb") as fh:
        fh.write(model(graph))
    print(f"wrote {out}: {g.params / 1e6:.1f} M parameters, {os.path.getsize(out) / 1e6:.0f} MB")


if __name__ == "__main__":
    main()
