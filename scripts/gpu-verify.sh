#!/usr/bin/env bash
# GPU verification of the telemetry on a machine with an NVIDIA GPU and no Java.
#
#   scripts/gpu-verify.sh pack DIR   (here)   builds the payload into DIR/1, DIR/2, DIR/3, each under 60 MiB:
#                                             the jlinked runtime and FFmpeg natives; OpenCV and OpenBLAS natives;
#                                             the app jar, the other libraries and NvdecCheck
#   scripts/gpu-verify.sh stash DIR  (there)  copies the parts found in DIR to /tmp, for a payload sent in calls
#   scripts/gpu-verify.sh run DIR OUT (there) unpacks, runs doctor, renders a clip, renders an example over it
#                                             as a video background, runs NvdecCheck and the telemetry benchmark,
#                                             and copies the reports to OUT
# See docs/gpu-verification.md for what it showed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cmd="${1:?pack|stash|run}"
dir="${2:?payload folder}"
out="${3:-}"

pack() {
  local jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} stage
  (cd "$here" && mvn -q -B -o package -DskipTests)
  stage="$(mktemp -d)"
  mkdir -p "$dir/1" "$dir/2" "$dir/3" "$stage/p1/app/lib" "$stage/p2/app/lib" "$stage/p3/app/lib" "$stage/p3/check"
  if [[ ! -f "$dir/1/part1.tar.xz" ]]; then
    "$jdk/bin/jlink" --add-modules java.base,java.logging,java.management,jdk.management,jdk.unsupported,java.desktop,java.xml,java.naming,java.sql \
      --strip-debug --no-header-files --no-man-pages --compress=zip-0 --output "$stage/p1/jre"
    cp "$here"/target/lib/ffmpeg-*-linux-x86_64-gpl.jar "$stage/p1/app/lib/"
    tar -C "$stage/p1" -cf - jre app | xz -T2 -6 > "$dir/1/part1.tar.xz"
  fi
  if [[ ! -f "$dir/2/part2.tar" ]]; then
    cp "$here"/target/lib/opencv-*-linux-x86_64.jar "$here"/target/lib/openblas-*-linux-x86_64.jar "$stage/p2/app/lib/"
    tar -C "$stage/p2" -cf "$dir/2/part2.tar" app
  fi
  cp "$here/target/scriptcast.jar" "$stage/p3/app/"
  (cd "$here/target/lib" && ls | grep -v -E -- '-linux-x86_64(-gpl|-gpu)?\.jar$' | xargs -I{} cp {} "$stage/p3/app/lib/")
  cp "$here"/target/lib/javacpp-*-linux-x86_64.jar "$stage/p3/app/lib/"
  "$jdk/bin/javac" -d "$stage/p3/check" -cp "$here/target/classes:$here/target/lib/*" \
    "$here/scripts/gpu-verify/NvdecCheck.java" "$here/bench/TelemetryBench.java" "$here/bench/NvmlCallBench.java"
  cp "$here"/scripts/gpu-verify/*.txt "$stage/p3/"
  tar -C "$stage/p3" -cf "$dir/3/part3.tar" .
  for n in 1 2 3; do cp "$here/scripts/gpu-verify.sh" "$dir/$n/"; done
  (cd "$dir" && sha256sum 1/part1.tar.xz 2/part2.tar 3/part3.tar | sed 's# [0-9]/# #' > "$dir/3/parts.sha256")
  rm -rf "$stage"
  du -sh "$dir"/*
}

stash() {
  mkdir -p /tmp/scriptcast-parts
  cp "$dir"/part* /tmp/scriptcast-parts/
}

run() {
  local root=/tmp/scriptcast-gpu parts=/tmp/scriptcast-parts
  dir="$(cd "$dir" && pwd)"
  mkdir -p "$parts" && cp "$dir"/part* "$parts/"
  (cd "$parts" && sha256sum -c "$dir/parts.sha256") || { echo "payload parts missing or damaged" >&2; exit 1; }
  rm -rf "$root" && mkdir -p "$root"
  if command -v xz >/dev/null; then
    xz -dc "$parts/part1.tar.xz" | tar -C "$root" -xf -
  else
    python3 -c 'import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.argv[1]), sys.stdout.buffer)' \
      "$parts/part1.tar.xz" | tar -C "$root" -xf -
  fi
  tar -C "$root" -xf "$parts/part2.tar"
  tar -C "$root" -xf "$parts/part3.tar"
  export LD_LIBRARY_PATH=/usr/local/cuda/targets/x86_64-linux/lib:/usr/lib/x86_64-linux-gnu
  local java=("$root/jre/bin/java" --enable-native-access=ALL-UNNAMED -Dlog4j.logger.marytts=ERROR,stderr)
  local sc=("${java[@]}" -jar "$root/app/scriptcast.jar")
  mkdir -p "$out" && out="$(cd "$out" && pwd)"
  cd "$root"
  printf 'work:\n  dir: %s/work\n' "$root" > config.yaml
  { nvidia-smi -L || true; date -u; grep NSpid /proc/self/status; } > "$out/machine.txt" 2>&1
  "${sc[@]}" doctor > "$out/doctor.txt" 2>&1
  "${sc[@]}" render clip.txt -o clip.mp4 --size 1920x1080 --config config.yaml --quiet --report clip.report
  "${sc[@]}" render example.txt -o example.mp4 --size 1280x720 --background clip.mp4 --config config.yaml \
    --quiet --report example.report 2>&1 | tail -3 >> "$out/machine.txt" || true
  "${java[@]}" -cp "check:app/scriptcast.jar:app/lib/*" NvdecCheck clip.mp4 nvdec.report 4 | tail -1 >> "$out/machine.txt"
  mkdir -p "$out/example" "$out/nvdec"
  [[ -d example.report ]] || cp -r clip.report example.report
  cp example.report/metrics.json example.report/report.md example.report/report.html "$out/example/"
  cp nvdec.report/metrics.json nvdec.report/report.md "$out/nvdec/"
  "${java[@]}" -cp "check:app/scriptcast.jar:app/lib/*" TelemetryBench 3 > "$out/bench.txt" || true
  "${java[@]}" -cp "check:app/scriptcast.jar:app/lib/*" dev.scriptcast.telemetry.NvmlCallBench 200 \
    >> "$out/bench.txt" 2>&1 || true
}

[[ "$cmd" != run || -n "$out" ]] || { echo "run needs an output folder" >&2; exit 2; }
"$cmd"
