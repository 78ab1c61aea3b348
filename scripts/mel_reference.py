#!/usr/bin/env python3
"""Reference log-mel spectrogram for the lip-sync front-end, computed independently with numpy.

Writes a fixed test signal (0.5 s chirp plus seeded noise, 16 kHz) and its Wav2Lip-style mel spectrogram as
raw little-endian float32 files, which the Java test compares against:

    chirp.f32      8000 samples
    chirp-mel.f32  80 x T values, row-major (mel band, then frame)

Usage: scripts/mel_reference.py OUTPUT_DIR   (default src/test/resources/lipsync)
"""
import os
import sys

import numpy as np

SR = 16000
N_FFT = 800
HOP = 200
N_MELS = 80
FMIN = 55.0
FMAX = 7600.0


def test_signal():
    t = np.arange(SR // 2) / SR
    # Linear chirp 100 Hz -> 6 kHz over 0.5 s, plus white noise, both well inside [-1, 1].
    f0, f1, dur = 100.0, 6000.0, 0.5
    phase = 2 * np.pi * (f0 * t + (f1 - f0) * t * t / (2 * dur))
    rng = np.random.default_rng(20261125)
    x = 0.5 * np.sin(phase) + 0.05 * rng.standard_normal(t.size)
    return x.astype(np.float32)


def hz_to_mel(f):
    # Slaney: linear below 1 kHz, logarithmic above.
    f = np.asarray(f, dtype=np.float64)
    lin = f / (200.0 / 3)
    log = 15.0 + np.log(np.maximum(f, 1e-10) / 1000.0) / (np.log(6.4) / 27.0)
    return np.where(f >= 1000.0, log, lin)


def mel_to_hz(m):
    m = np.asarray(m, dtype=np.float64)
    lin = m * (200.0 / 3)
    log = 1000.0 * np.exp((np.log(6.4) / 27.0) * (m - 15.0))
    return np.where(m >= 15.0, log, lin)


def mel_basis():
    fft_freqs = np.linspace(0, SR / 2, N_FFT // 2 + 1)
    edges = mel_to_hz(np.linspace(hz_to_mel(FMIN), hz_to_mel(FMAX), N_MELS + 2))
    widths = np.diff(edges)
    ramps = edges[:, None] - fft_freqs[None, :]
    rising = -ramps[:-2] / widths[:-1, None]
    falling = ramps[2:] / widths[1:, None]
    weights = np.maximum(0.0, np.minimum(rising, falling))
    return weights * (2.0 / (edges[2:] - edges[:-2]))[:, None]


def log_mel(x):
    x = x.astype(np.float64)
    y = np.append(x[0], x[1:] - 0.97 * x[:-1])
    padded = np.pad(y, N_FFT // 2, mode="reflect")
    n_frames = 1 + y.size // HOP
    window = 0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)
    idx = np.arange(N_FFT)[None, :] + HOP * np.arange(n_frames)[:, None]
    spectrum = np.abs(np.fft.rfft(padded[idx] * window, axis=1)).T
    mel = mel_basis() @ spectrum
    return np.clip(1.6 * np.log10(np.maximum(1e-5, mel)) + 2.4, -4.0, 4.0)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "src/test/resources/lipsync"
    os.makedirs(out, exist_ok=True)
    x = test_signal()
    m = log_mel(x)
    x.astype("<f4").tofile(os.path.join(out, "chirp.f32"))
    m.astype("<f4").tofile(os.path.join(out, "chirp-mel.f32"))
    print(f"signal {x.size} samples, mel {m.shape}, range [{m.min():.3f}, {m.max():.3f}]")


if __name__ == "__main__":
    main()
