#!/usr/bin/env bash
# Intelligibility benchmark: word error rate of each engine and voice on the examples/ scripts, measured with
# PocketSphinx against the scripts as the normaliser speaks them, and on bench/numbers.txt against a person's
# reading (bench/numbers.spoken.txt) to measure the normaliser (bench/Intelligibility.java; see
# bench/intelligibility.md). Piper and Kokoro rows need SCRIPTCAST_PIPER_MODEL, or SCRIPTCAST_KOKORO_MODEL with
# SCRIPTCAST_KOKORO_VOICES (and optionally SCRIPTCAST_KOKORO_VOICE).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if ! command -v pocketsphinx_continuous >/dev/null || [[ ! -d /usr/share/pocketsphinx/model/en-us ]]; then
  if [[ "$(id -u)" == 0 ]]; then
    apt-get install -y -qq pocketsphinx pocketsphinx-en-us >/dev/null
  else
    echo "intelligibility: needs PocketSphinx; install it with: sudo apt-get install pocketsphinx pocketsphinx-en-us" >&2
    exit 2
  fi
fi
out=bench/out/intelligibility
rm -rf "$out"
mkdir -p "$out"
./scriptcast --version >/dev/null

voices=("mary|cmu-slt-hsmm" "mary|cmu-slt-hsmm-low" "espeak|en-us")
[[ -n "${SCRIPTCAST_PIPER_MODEL:-}" ]] && voices+=("piper|")
[[ -n "${SCRIPTCAST_KOKORO_MODEL:-}" ]] && voices+=("kokoro|${SCRIPTCAST_KOKORO_VOICE:-}")
rows=()
for entry in "${voices[@]}"; do
  engine="${entry%%|*}"
  voice="${entry#*|}"
  name="$engine-${voice:-default}"
  config="$out/$name.yaml"
  {
    printf 'work:\n  dir: "%s"\nspeech:\n  engine: %s\n' "$out/$name.work" "$engine"
    [[ -z "$voice" ]] || printf '  voice: "%s"\n' "$voice"
    [[ "$engine" != piper ]] || printf '  model: "%s"\n' "$SCRIPTCAST_PIPER_MODEL"
    [[ "$engine" != kokoro ]] || printf '  model: "%s"\n  voices: "%s"\n' "$SCRIPTCAST_KOKORO_MODEL" \
      "${SCRIPTCAST_KOKORO_VOICES:?SCRIPTCAST_KOKORO_VOICES must name the Kokoro voices file}"
  } > "$config"
  for script in examples/welcome.txt examples/bench.txt bench/numbers.txt; do
    video="$out/$name-$(basename "$script" .txt).mp4"
    echo "rendering $script with $engine ${voice:-(default voice)} ..." >&2
    ./scriptcast render "$script" -o "$video" --config "$config" --size 128x128 --fps 1 --skip-music \
      > "$out/$name-$(basename "$script" .txt).log" 2>&1
    rows+=("$engine|${voice:-default}|$script|$video")
  done
done

exec "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" @scripts/jvm.options \
  -cp 'target/scriptcast.jar:target/lib/*' bench/Intelligibility.java "$out" "${rows[@]}"
