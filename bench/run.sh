#!/usr/bin/env bash
# Benchmark W1 (examples/bench.txt with --avatar --visualize --background --skip-music, libx264 veryfast,
# CRF 23, 30 fps) at 1280x720, 1920x1080 and 9:16, each with a fresh stage cache and followed at once by its
# baseline (re-encoding its own frames), then print the table.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=bench/out
preset=veryfast
crf=23
rm -rf "$out"
mkdir -p "$out"
./scriptcast --version >/dev/null

java_home="${JAVA_HOME:-}"
if [[ -z "$java_home" || ! -x "$java_home/bin/java" ]]; then
  java_home="$(ls -d /usr/lib/jvm/*25* | head -n1)"
fi
bench() {
  "$java_home/bin/java" --enable-native-access=ALL-UNNAMED -cp 'target/scriptcast.jar:target/lib/*' \
    bench/Bench.java "$@" 2>> "$out/bench.log"
}

runs=("w1-720p:--size 1280x720" "w1-1080p:--size 1920x1080" "w1-9x16:--aspect 9:16")
args=()
for run in "${runs[@]}"; do
  name="${run%%:*}"
  printf 'work:\n  dir: %s\nvideo:\n  crf: %d\n' "$out/$name.work" "$crf" > "$out/$name.yaml"
  # shellcheck disable=SC2086 # the size flags are two words on purpose
  ./scriptcast render examples/bench.txt --avatar --visualize --background --skip-music \
    --fps 30 --encoder libx264 --preset "$preset" ${run#*:} \
    --config "$out/$name.yaml" -o "$out/$name.mp4" --quiet
  bench baseline "$preset" "$crf" "$out/$name.mp4"
  args+=("$name=$out/$name.mp4")
done

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)"
bench table "$preset" "$crf" "${args[@]}"
