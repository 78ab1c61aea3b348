#!/usr/bin/env python3
"""Exports a randomly initialised model of the Wav2Lip-96 architecture to ONNX, for speed measurements only.

Speed does not depend on the weights, and the trained Wav2Lip weights are licensed for non-commercial use only,
so none are loaded. The network follows the published description: a face encoder over the 6-channel 96x96
stack (the masked crop and a reference crop), an audio encoder over the (1, 80, 16) mel chunk, and a U-Net
style decoder that upsamples the joint 512-d embedding back to 96x96 with skip connections from every face
encoder stage, ending in a sigmoid. Convolutions are followed by batch norm and ReLU; "residual" blocks add
their input before the ReLU.

Usage (where PyTorch is installed): python3 scripts/export_wav2lip96.py OUT.onnx
"""
import sys

import torch
from torch import nn


class Conv(nn.Module):
    def __init__(self, cin, cout, kernel, stride, padding, residual=False):
        super().__init__()
        self.block = nn.Sequential(nn.Conv2d(cin, cout, kernel, stride, padding), nn.BatchNorm2d(cout))
        self.residual = residual

    def forward(self, x):
        y = self.block(x)
        return torch.relu(y + x if self.residual else y)


class UpConv(nn.Module):
    def __init__(self, cin, cout, kernel, stride, padding, output_padding=0):
        super().__init__()
        self.block = nn.Sequential(
            nn.ConvTranspose2d(cin, cout, kernel, stride, padding, output_padding), nn.BatchNorm2d(cout))

    def forward(self, x):
        return torch.relu(self.block(x))


def res(c):
    return Conv(c, c, 3, 1, 1, residual=True)


def down(cin, cout, n_res):
    return nn.Sequential(Conv(cin, cout, 3, 2, 1), *[res(cout) for _ in range(n_res)])


def up(cin, cout, n_res, stride=2):
    first = UpConv(cin, cout, 3, stride, 1 if stride == 2 else 0, 1 if stride == 2 else 0)
    return nn.Sequential(first, *[res(cout) for _ in range(n_res)])


class Wav2Lip96(nn.Module):
    def __init__(self):
        super().__init__()
        self.face_encoder = nn.ModuleList([
            nn.Sequential(Conv(6, 16, 7, 1, 3)),                       # 96
            down(16, 32, 2),                                           # 48
            down(32, 64, 3),                                           # 24
            down(64, 128, 2),                                          # 12
            down(128, 256, 2),                                         # 6
            down(256, 512, 1),                                         # 3
            nn.Sequential(Conv(512, 512, 3, 1, 0), Conv(512, 512, 1, 1, 0)),  # 1
        ])
        self.audio_encoder = nn.Sequential(
            Conv(1, 32, 3, 1, 1), res(32), res(32),
            Conv(32, 64, 3, (3, 1), 1), res(64), res(64),
            Conv(64, 128, 3, 3, 1), res(128), res(128),
            Conv(128, 256, 3, (3, 2), 1), res(256),
            Conv(256, 512, 3, 1, 0), Conv(512, 512, 1, 1, 0),
        )
        self.face_decoder = nn.ModuleList([
            nn.Sequential(Conv(512, 512, 1, 1, 0)),                    # 1
            up(1024, 512, 1, stride=1),                                # 3
            up(1024, 512, 2),                                          # 6
            up(768, 384, 2),                                           # 12
            up(512, 256, 2),                                           # 24
            up(320, 128, 2),                                           # 48
            up(160, 64, 2),                                            # 96
        ])
        self.output = nn.Sequential(Conv(80, 32, 3, 1, 1), nn.Conv2d(32, 3, 1, 1, 0), nn.Sigmoid())

    def forward(self, audio_sequences, face_sequences):
        skips = []
        x = face_sequences
        for block in self.face_encoder:
            x = block(x)
            skips.append(x)
        x = self.audio_encoder(audio_sequences)
        for block in self.face_decoder:
            x = torch.cat((block(x), skips.pop()), dim=1)
        return self.output(x)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "wav2lip96-random.onnx"
    torch.manual_seed(0)
    model = Wav2Lip96().eval()
    params = sum(p.numel() for p in model.parameters())
    mel = torch.randn(2, 1, 80, 16)
    face = torch.rand(2, 6, 96, 96)
    with torch.no_grad():
        shape = tuple(model(mel, face).shape)
    torch.onnx.export(model, (mel, face), out, input_names=["audio_sequences", "face_sequences"],
                      output_names=["output"], opset_version=17, dynamo=False,
                      dynamic_axes={"audio_sequences": {0: "batch"}, "face_sequences": {0: "batch"},
                                    "output": {0: "batch"}})
    print(f"exported {out}: {params / 1e6:.1f} M parameters, output {shape}")


if __name__ == "__main__":
    main()
