#!/usr/bin/env bash
# Packs what the lip-sync GPU measurement needs on the device machine (no Java there): a jlinked runtime and the
# ONNX Runtime CUDA natives, xz-compressed and split into three parts (each call may carry at most 64 MiB), plus
# the app, the benchmark and the scripts in a small folder. See docs/gpu-verification.md for the three calls.
#
#   scripts/gpu-lipsync-pack.sh DEST   (DEST must be an ignored folder inside the checkout the device tool sends)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
dest="${1:?usage: gpu-lipsync-pack.sh DEST}"
work="${WORK:-/tmp/lipsync-gpu-pack}"
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
m2="$HOME/.m2/repository/org/bytedeco"
v=1.5.13

gpu_jar="$m2/onnxruntime/1.24.1-$v/onnxruntime-1.24.1-$v-linux-x86_64-gpu.jar"
[[ -f "$gpu_jar" ]] || (cd "$here" && mvn -q -B -Pgpu dependency:resolve)

if [[ ! -f "$work/payload.tar.xz" ]]; then
  rm -rf "$work" && mkdir -p "$work/p/lib"
  "$java_home/bin/jlink" --add-modules java.base,java.desktop,java.logging,java.management,jdk.unsupported \
    --strip-debug --no-header-files --no-man-pages --output "$work/p/jre"
  for j in javacpp/$v/javacpp-$v.jar javacpp/$v/javacpp-$v-linux-x86_64.jar \
           onnxruntime/1.24.1-$v/onnxruntime-1.24.1-$v.jar dnnl/3.11-$v/dnnl-3.11-$v.jar \
           opencl/3.0-$v/opencl-3.0-$v.jar opencl/3.0-$v/opencl-3.0-$v-linux-x86_64.jar; do
    cp "$m2/$j" "$work/p/lib/"
  done
  cp "$here"/target/lib/{JTransforms-3.1,JLargeArrays-1.5,commons-math3-3.5}.jar "$work/p/lib/"
  # The big native jars are stored uncompressed, so xz sees the raw libraries and packs them far tighter.
  for j in onnxruntime/1.24.1-$v/onnxruntime-1.24.1-$v-linux-x86_64-gpu.jar dnnl/3.11-$v/dnnl-3.11-$v-linux-x86_64.jar; do
    rm -rf "$work/x" && mkdir "$work/x"
    (cd "$work/x" && unzip -q "$m2/$j" && zip -q -0 -r "$work/p/lib/$(basename "$j")" .)
  done
  rm -rf "$work/x"
  tar cf - -C "$work" p | xz -9 -T2 > "$work/payload.tar.xz"
fi
(cd "$work" && rm -f part.* && split -n 3 -d payload.tar.xz part. && sha256sum payload.tar.xz > payload.sha256)

mkdir -p "$dest"
cp "$here/target/scriptcast.jar" "$here"/scripts/{gpu-lipsync.sh,export_wav2lip96.py,nvml_sampler.py,make_tiny_model.py,make_wav2lip96_numpy.py} \
   "$work/payload.sha256" "$dest/"
cp -r "$here/bench/out" "$dest/bench"
cp "${SCRIPTCAST_TEST_PORTRAIT:-$here/target/test-data/astronaut.png}" "$dest/portrait.png"
ls -la "$work"/part.*
echo "copy one part at a time into $dest, one device call each (docs/gpu-verification.md)"
