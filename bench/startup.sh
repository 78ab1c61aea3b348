#!/usr/bin/env bash
# Start-up cost of the plain CLI: median wall time of `scriptcast --version`, `scriptcast render --help` and a tiny
# render (eSpeak, 320x180, one sentence, speech cache warm) through each checkout's ./scriptcast launcher, RUNS times
# each. Compare a checkout before a change with one after it. Usage: bench/startup.sh CHECKOUT... (default: this one)
set -euo pipefail
runs="${RUNS:-7}"
[[ $# -gt 0 ]] || set -- "$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "One sentence to say." >"$tmp/tiny.txt"
printf 'work:\n  dir: %s\n' "$tmp/cache" >"$tmp/tiny.yaml"

median() { # COMMAND...: the median wall seconds of RUNS runs
  local times=()
  for _ in $(seq "$runs"); do
    local start end; start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000000 ))")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

echo '| checkout | --version ms | render --help ms | tiny render ms |'
echo '|---|---:|---:|---:|'
for checkout in "$@"; do
  launcher="$checkout/scriptcast"
  "$launcher" render "$tmp/tiny.txt" -o "$tmp/warm.mp4" --config "$tmp/tiny.yaml" --tts-engine espeak \
    --size 320x180 --skip-music --quiet >/dev/null 2>&1
  printf '| %s | %s | %s | %s |\n' "$checkout" "$(median "$launcher" --version)" \
    "$(median "$launcher" render --help)" \
    "$(median "$launcher" render "$tmp/tiny.txt" -o "$tmp/tiny.mp4" --config "$tmp/tiny.yaml" \
      --tts-engine espeak --size 320x180 --skip-music --quiet)"
done
