#!/usr/bin/env bash
# Renders examples/welcome.txt in each aspect preset and saves one frame of each to docs/frames/ (README).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=bench/out/frames
mkdir -p "$out" docs/frames
./scriptcast --version >/dev/null
java_home="${JAVA_HOME:-}"
if [[ -z "$java_home" || ! -x "$java_home/bin/java" ]]; then
  java_home="$(ls -d /usr/lib/jvm/*25* | head -n1)"
fi
for preset in "16x9:16:9:bars" "9x16:9:16:wave" "1x1:1:1:radial"; do
  name="${preset%%:*}"
  rest="${preset#*:}"
  style="${rest##*:}"
  aspect="${rest%:*}"
  printf 'visualizer:\n  style: %s\n' "$style" > "$out/$name.yaml"
  ./scriptcast render examples/welcome.txt --avatar --visualize --captions --background --skip-music \
    --aspect "$aspect" --config "$out/$name.yaml" -o "$out/$name.mp4" --quiet
  "$java_home/bin/java" --enable-native-access=ALL-UNNAMED -cp 'target/scriptcast.jar:target/lib/*' \
    bench/GrabFrame.java "$out/$name.mp4" 5.3 "docs/frames/$name.png" 2>> "$out/frames.log"
done
ls -l docs/frames
