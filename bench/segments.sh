#!/usr/bin/env bash
# Segmented rendering on this machine, examples/bench.txt at 1280x720, 30 fps, drawn avatar, visualiser and
# captions (libx264 veryfast, CRF 23, no music):
#   cold     a fresh work folder: every sentence spoken, every segment rendered
#   baseline decoding the cold render's video and encoding its frames again with the same settings (bench/Bench.java)
#   resume   a fresh work folder, the render killed with SIGKILL at 60 % of the cold time, then run again: the
#            second run's time
#   edit     one sentence changed, rendered with the cold run's work folder
#   rss      peak RSS (GNU time) of 1- and 25-minute scripts made of bench.txt's paragraphs, every sentence
#            numbered so that no two sentences or segments are alike, at 640x360 to keep the long run short
# Prints one table; outputs and logs go to bench/out/segments (ignored by git). SKIP_RSS=1 leaves out the RSS runs,
# ONLY_RSS=1 does only them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=bench/out/segments
rm -rf "$out" && mkdir -p "$out"
./scriptcast --version >/dev/null
java_home="${JAVA_HOME:-$(ls -d /usr/lib/jvm/*25* | head -n1)}"
flags=(--avatar --visualize --captions --background --skip-music --fps 30 --encoder libx264 --preset veryfast --quiet)
now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }
config() { printf 'work:\n  dir: %s\nvideo:\n  crf: 23\n' "$out/$1.work" > "$out/$1.yaml"; }
render() { # NAME SCRIPT WORK [more flags]: renders, prints the wall seconds
  local name=$1 script=$2 work=$3; shift 3
  local t0; t0=$(now)
  ./scriptcast render "$script" "${flags[@]}" "$@" --config "$out/$work.yaml" -o "$out/$name.mp4" 2>> "$out/log.txt"
  secs "$t0" "$(now)"
}

if [[ -z "${ONLY_RSS:-}" ]]; then
config cold
cold=$(render cold examples/bench.txt cold --size 1280x720)
"$java_home/bin/java" --enable-native-access=ALL-UNNAMED -cp 'target/scriptcast.jar:target/lib/*' \
  bench/Bench.java baseline veryfast 23 "$out/cold.mp4" 2>> "$out/log.txt"
baseline=$(python3 -c "print(f'{float(open(\"$out/cold.baseline\").read()):.2f}')")

config resume
./scriptcast render examples/bench.txt "${flags[@]}" --size 1280x720 --config "$out/resume.yaml" \
  -o "$out/resume.mp4" 2>> "$out/log.txt" &
pid=$!
sleep "$(python3 -c "print($cold * 0.6)")"
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
# a finished segment has its checksum file beside it; a segment being written at the kill has none
killed_segments=$(ls "$out/resume.work/segments" 2>/dev/null | grep -c '\.sum$' || true)
resume=$(render resume examples/bench.txt resume --size 1280x720)

sed 's/Editing takes even longer\./Editing a recording takes longer still./' examples/bench.txt > "$out/edited.txt"
edit=$(render edited "$out/edited.txt" cold --size 1280x720)
reused=$(python3 -c "import json; s=json.load(open('$out/edited.report/metrics.json'))['facts']['segments']['segments']; print(f'{sum(x[\"reused\"] for x in s)}/{len(s)}')")

fi

rss_runs=""
if [[ -z "${SKIP_RSS:-}" ]]; then
  for minutes in 1 25; do
    python3 - "$minutes" "$out/long-$minutes.txt" <<'PY'
import re, sys
minutes, path = int(sys.argv[1]), sys.argv[2]
paragraphs = [p for p in open("examples/bench.txt").read().split("\n\n")[1:] if "[pause" not in p]
out, words, n = [], 0, 0
while words < minutes * 150:
    p = " ".join(paragraphs[len(out) % len(paragraphs)].split())
    def number(m):
        global n
        n += 1
        return f", take {n}{m.group(1)}"
    p = re.sub(r"([.!?])(?=\s|$)", number, p)
    out.append(p)
    words += len(p.split())
open(path, "w").write("\n\n".join(out) + "\n")
PY
    config "long-$minutes"
    t0=$(now)
    /usr/bin/time -f '%M' -o "$out/long-$minutes.rss" ./scriptcast render "$out/long-$minutes.txt" "${flags[@]}" \
      --size 640x360 --config "$out/long-$minutes.yaml" -o "$out/long-$minutes.mp4" 2>> "$out/log.txt"
    video=$(python3 -c "import json; print(round(json.load(open('$out/long-$minutes.report/metrics.json'))['facts']['video']['durationMs']/60000, 1))")
    rss_runs+="| peak RSS, $video-minute script at 640x360 | $(( $(cat "$out/long-$minutes.rss") / 1024 )) MB | $(secs "$t0" "$(now)") s wall |"$'\n'
  done
fi

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)"
if [[ -z "${ONLY_RSS:-}" ]]; then
video=$(python3 -c "import json; print(json.load(open('$out/cold.report/metrics.json'))['facts']['video']['durationMs']/1000)")
echo "examples/bench.txt, ${video} s of video at 1280x720, 30 fps; times are whole commands (JVM start included)"
echo
echo "| run | time | against cold |"
echo "| --- | ---: | ---: |"
echo "| cold | $cold s | 1.00 (RTF $(python3 -c "print(f'{$cold / $video:.3f}')")) |"
echo "| bare re-encode of the same frames (baseline) | $baseline s | $(python3 -c "print(f'{$baseline / $cold:.2f}')") |"
echo "| resume after kill -9 at 60 % ($killed_segments segments were done) | $resume s | $(python3 -c "print(f'{$resume / $cold:.2f}')") |"
echo "| re-render after editing one sentence ($reused segments reused) | $edit s | $(python3 -c "print(f'{$edit / $cold:.2f}')") |"
fi
printf '%s' "$rss_runs"
