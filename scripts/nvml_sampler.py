#!/usr/bin/env python3
"""GPU utilisation beside the lip-sync benchmark, read through NVML (nvidia-ml-py) every 50 ms.

    nvml_sampler.py LOG.csv                         sample until killed: epoch_ms,gpu_util_pct,mem_used_mib
    nvml_sampler.py --summarise LOG.csv BENCH.txt   mean and peak utilisation inside each "phase" line's window
"""
import sys
import time


def sample(path):
    import pynvml
    pynvml.nvmlInit()
    handle = pynvml.nvmlDeviceGetHandleByIndex(0)
    with open(path, "w", buffering=1) as log:
        while True:
            util = pynvml.nvmlDeviceGetUtilizationRates(handle)
            mem = pynvml.nvmlDeviceGetMemoryInfo(handle)
            log.write(f"{int(time.time() * 1000)},{util.gpu},{mem.used // 2**20}\n")
            time.sleep(0.05)


def summarise(log_path, bench_path):
    samples = []
    for line in open(log_path):
        t, util, mem = line.strip().split(",")
        samples.append((int(t), int(util), int(mem)))
    print("| provider | batch | GPU util mean % | GPU util peak % | GPU memory peak MiB | samples |")
    print("|---|---:|---:|---:|---:|---:|")
    for line in open(bench_path):
        if not line.startswith("phase "):
            continue
        _, provider, batch, start, end = line.split()
        inside = [s for s in samples if int(start) <= s[0] <= int(end)]
        if not inside:
            print(f"| {provider} | {batch} | - | - | - | 0 |")
            continue
        utils = [s[1] for s in inside]
        print(f"| {provider} | {batch} | {sum(utils) / len(utils):.0f} | {max(utils)} | "
              f"{max(s[2] for s in inside)} | {len(inside)} |")


if __name__ == "__main__":
    if sys.argv[1] == "--summarise":
        summarise(sys.argv[2], sys.argv[3])
    else:
        sample(sys.argv[1])
