#!/usr/bin/env bash
# GPU verification of the telemetry on a machine with an NVIDIA GPU and no Java.
#
#   scripts/gpu-verify.sh pack DIR   (here)   builds the payload into DIR: part1.tar.xz (jlinked runtime and the
#                                             FFmpeg natives) and part2.tar (app jar, libraries, NvdecCheck)
#   scripts/gpu-verify.sh stash DIR  (there)  copies part1 into /tmp, for a payload sent in two calls
#   scripts/gpu-verify.sh run DIR OUT (there) unpacks, runs doctor, renders a clip, renders an example over it
#                                             as a video background, runs NvdecCheck, and copies the reports to OUT
# See docs/gpu-verification.md for what it showed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cmd="${1:?pack|stash|run}"
dir="${2:?payload folder}"
out="${3:-}"

pack() {
  local jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} stage
  (cd "$here" && "$jdk/bin/java" -version >/dev/null 2>&1 && mvn -q -B -o package -DskipTests)
  stage="$(mktemp -d)"
  mkdir -p "$dir" "$stage/p1/app/lib" "$stage/p2/app/lib" "$stage/p2/check"
  if [[ ! -f "$dir/part1.tar.xz" ]]; then
    "$jdk/bin/jlink" --add-modules java.base,java.logging,java.management,jdk.management,jdk.unsupported,java.desktop,java.xml,java.naming,java.sql \
      --strip-debug --no-header-files --no-man-pages --compress=zip-0 --output "$stage/p1/jre"
    cp "$here"/target/lib/ffmpeg-*-linux-x86_64-gpl.jar "$stage/p1/app/lib/"
    tar -C "$stage/p1" -cf - jre app | xz -T2 -6 > "$dir/part1.tar.xz"
  fi
  cp "$here/target/scriptcast.jar" "$stage/p2/app/"
  (cd "$here/target/lib" && ls | grep -v -E '^(opencv|openblas|onnxruntime|dnnl|opencl)|linux-x86_64-gpl' \
    | xargs -I{} cp {} "$stage/p2/app/lib/")
  "$jdk/bin/javac" -d "$stage/p2/check" -cp "$here/target/classes:$here/target/lib/*" \
    "$here/scripts/gpu-verify/NvdecCheck.java"
  cp "$here"/scripts/gpu-verify/*.txt "$here/scripts/gpu-verify.sh" "$stage/p2/"
  tar -C "$stage/p2" -cf "$dir/part2.tar" .
  cp "$here/scripts/gpu-verify.sh" "$dir/"
  sha256sum "$dir/part1.tar.xz" | cut -d' ' -f1 > "$dir/part1.sha256"
  rm -rf "$stage"
  du -h "$dir"/*
}

stash() {
  cp "$dir/part1.tar.xz" "$dir/part1.sha256" /tmp/
}

run() {
  local root=/tmp/scriptcast-gpu part1="$dir/part1.tar.xz" sum="$dir/part1.sha256"
  [[ -f "$part1" ]] || { part1=/tmp/part1.tar.xz; sum=/tmp/part1.sha256; }
  [[ "$(sha256sum "$part1" | cut -d' ' -f1)" == "$(cat "$sum")" ]] || { echo "part1 checksum mismatch" >&2; exit 1; }
  rm -rf "$root" && mkdir -p "$root"
  xz -dc "$part1" | tar -C "$root" -xf -
  tar -C "$root" -xf "$dir/part2.tar"
  export LD_LIBRARY_PATH=/usr/local/cuda/targets/x86_64-linux/lib:/usr/lib/x86_64-linux-gnu
  local java=("$root/jre/bin/java" --enable-native-access=ALL-UNNAMED -Dlog4j.logger.marytts=ERROR,stderr)
  local sc=("${java[@]}" -jar "$root/app/scriptcast.jar")
  dir="$(cd "$dir" && pwd)"
  mkdir -p "$out" && out="$(cd "$out" && pwd)"
  cd "$root"
  printf 'work:\n  dir: %s/work\n' "$root" > config.yaml
  { nvidia-smi -L || true; date -u; } > "$out/machine.txt" 2>&1
  "${sc[@]}" doctor > "$out/doctor.txt" 2>&1
  "${sc[@]}" render clip.txt -o clip.mp4 --size 1920x1080 --config config.yaml --quiet --report clip.report
  "${sc[@]}" render example.txt -o example.mp4 --size 1280x720 --background clip.mp4 --config config.yaml \
    --quiet --report example.report
  "${java[@]}" -cp "check:app/scriptcast.jar:app/lib/*" NvdecCheck clip.mp4 nvdec.report 4
  mkdir -p "$out/example" "$out/nvdec"
  cp example.report/metrics.json example.report/report.md example.report/report.html "$out/example/"
  cp nvdec.report/metrics.json nvdec.report/report.md "$out/nvdec/"
}

[[ "$cmd" != run || -n "$out" ]] || { echo "run needs an output folder" >&2; exit 2; }
"$cmd"
