#!/usr/bin/env bash
# Batch throughput: COUNT short scripts (default 20, two sentences each, MaryTTS, 1280x720, libx264 veryfast, no
# music) rendered by `scriptcast batch` with --jobs 1, --jobs 2, the default jobs, and --spark local[2]; then the
# same batch again (everything skipped) locally and under Spark, which is the fixed cost of each runner.
# Each run gets a fresh output folder and a fresh speech cache. Prints one markdown row per run: wall time, videos
# per minute, CPU use (user+sys over wall, in cores), peak RSS of the whole process and the machine's 1-minute load
# average after it (other work on the machine shows there), then Spark's overhead. Usage: bench/batch.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-20}"
out="bench/out/batch"
rm -rf "$out" && mkdir -p "$out/scripts"
mvn -q -B -o -DskipTests package >/dev/null 2>&1
for i in $(seq -w "$count"); do
  printf 'This is lesson %s of the course. It is short, and it ends here.\n' "$i" >"$out/scripts/lesson-$i.txt"
done

run() { # NAME ARGS...: one batch with its own output folder and speech cache
  local name="$1"; shift
  printf 'work:\n  dir: %s\n' "$PWD/$out/cache-$name" >"$out/$name.yaml"
  /usr/bin/time -f '%e %U %S %M' -o "$out/$name.time" ./scriptcast batch "$out/scripts" -o "$out/$name" \
    --config "$out/$name.yaml" --skip-music --quiet "$@" 2>"$out/$name.log" || true
  read -r wall user sys rss <"$out/$name.time"
  local done; done=$(grep -o '"done" : [0-9]*' "$out/$name/batch.json" | grep -o '[0-9]*$')
  local skipped; skipped=$(grep -o '"skipped" : [0-9]*' "$out/$name/batch.json" | grep -o '[0-9]*$')
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  printf '| %s | %s | %s | %.1f | %.1f | %.2f | %d | %s |\n' "$name $*" "$done" "$skipped" "$wall" \
    "$(echo "$done * 60 / $wall" | bc -l)" "$(echo "($user + $sys) / $wall" | bc -l)" $((rss / 1024)) "$load"
  echo "$wall" >"$out/$name.wall"
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $count scripts; default jobs here: see the jobs-default row"
echo
echo '| run | done | skipped | wall s | videos/min | CPU (cores) | peak RSS MB | load after |'
echo '|---|---:|---:|---:|---:|---:|---:|---:|'
run jobs-1 --jobs 1
run jobs-2 --jobs 2
run jobs-default
run spark-local2 --spark 'local[2]'
# reruns over the outputs just made: nothing renders, so the wall is start-up, hashing and scheduling
run_again() {
  local name="$1" from="$2"; shift 2
  rm -rf "$out/$name" && cp -a "$out/$from" "$out/$name"
  run "$name" "$@"
}
run_again rerun-local jobs-2 --jobs 2
run_again rerun-spark spark-local2 --spark 'local[2]'
w() { cat "$out/$1.wall"; }
echo
printf 'Spark start-up (rerun under Spark minus rerun in one JVM): %.1f s; overhead per rendered task beyond that: %.2f s\n' \
  "$(echo "$(w rerun-spark) - $(w rerun-local)" | bc -l)" \
  "$(echo "($(w spark-local2) - $(w jobs-2) - ($(w rerun-spark) - $(w rerun-local))) / $count" | bc -l)"
