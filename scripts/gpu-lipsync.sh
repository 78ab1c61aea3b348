#!/usr/bin/env bash
# Device-side half of the lip-sync GPU measurement (see docs/gpu-verification.md). Run from the folder that
# gpu-lipsync-pack.sh filled, carried to the device machine:
#   gpu-lipsync.sh stage PART   copy one payload part into /tmp/ls (parts survive while the machine stays warm)
#   gpu-lipsync.sh export       export the random-weight Wav2Lip-96 model with PyTorch to /tmp/ls/wav2lip96.onnx
#                               (numpy writer of the same network if the PyTorch export fails)
#   gpu-lipsync.sh bench        join and check the parts, unpack, run LipSyncBench on CUDA and CPU with an NVML
#                               sampler beside it; results go to $OUT (JAR= another app jar, TAG= a file suffix,
#                               BENCH_ARGS= extra LipSyncBench arguments)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
ls_dir=/tmp/ls
mkdir -p "$ls_dir"
out="${OUT:-$ls_dir/out}"
mkdir -p "$out"

case "${1:-}" in
  stage)
    cp "$here/${2:?part}" "$ls_dir/"
    ls -la "$ls_dir"
    ;;
  export)
    if ! python3 "$here/export_wav2lip96.py" "$ls_dir/wav2lip96.onnx"; then
      echo "PyTorch export failed; writing the same architecture with numpy"
      python3 "$here/make_wav2lip96_numpy.py" "$ls_dir/wav2lip96.onnx"
    fi
    ls -la "$ls_dir/wav2lip96.onnx"
    ;;
  bench)
    cd "$ls_dir"
    if [[ ! -x p/jre/bin/java ]]; then
      cat part.0* > payload.tar.xz
      sha256sum -c "$here/payload.sha256"
      xz -dc payload.tar.xz | tar xf -
    fi
    jar="${JAR:-$here/scriptcast.jar}"
    tag="${TAG:+-$TAG}"
    export LD_LIBRARY_PATH=/usr/local/cuda/targets/x86_64-linux/lib:/usr/lib/x86_64-linux-gnu:${LD_LIBRARY_PATH:-}
    (nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader || echo "no nvidia-smi") | tee "$out/gpu.txt"
    nproc | sed 's/^/cpu cores: /' | tee -a "$out/gpu.txt"
    python3 "$here/nvml_sampler.py" "$out/nvml$tag.csv" &
    sampler=$!
    cp_="$jar:$ls_dir/p/lib/*:$here/bench"
    set +e
    p/jre/bin/java --enable-native-access=ALL-UNNAMED -Xmx8g -cp "$cp_" LipSyncBench \
      --model "$ls_dir/wav2lip96.onnx" --portrait "$here/portrait.png" --face 149,57,78,78 \
      ${BENCH_ARGS:-} 2>&1 | tee "$out/bench$tag.txt"
    status=${PIPESTATUS[0]}
    set -e
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    nvidia-smi > "$out/nvidia-smi.txt" 2>&1 || true
    python3 "$here/nvml_sampler.py" --summarise "$out/nvml$tag.csv" "$out/bench$tag.txt" \
      | tee "$out/utilisation$tag.txt" || true
    exit "$status"
    ;;
  *)
    sed -n '2,8p' "$0"
    exit 2
    ;;
esac
