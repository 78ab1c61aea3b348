#!/usr/bin/env bash
# A neural-avatar batch on the GPU machine after `gpu-render.sh run` unpacked the app there (see
# docs/gpu-verification.md, "A batch on one GPU"): ITEMS copies of examples/bench.txt (default 4), each with a work
# folder of its own (no speech or segment shared between items), rendered by `scriptcast batch --jobs N` for each N
# in JOBS (default "1 2"), with nvidia-smi sampling the GPU's utilisation every 200 ms.
#   gpu-batch.sh COMMON OUT     COMMON: gpu-render.sh's common folder; OUT gets a log, batch.json and samples per N
set -euo pipefail
common="$(cd "${1:?common folder}" && pwd)"
out="$(mkdir -p "${2:?output folder}" && cd "$2" && pwd)"
repo="$PWD" root=/tmp/gr/r
cd "$root"
export LD_LIBRARY_PATH=/usr/local/cuda/targets/x86_64-linux/lib:/usr/lib/x86_64-linux-gnu:$common/stubs:$common/fonts
export FONTCONFIG_FILE=/tmp/gr/fonts.conf
java=(jre/bin/java --enable-native-access=ALL-UNNAMED -Dlog4j2.level=ERROR -cp "app/scriptcast.jar:app/lib/*:p/lib/*")
for jobs in ${JOBS:-1 2}; do
  rm -rf "b$jobs" && mkdir -p "b$jobs"
  for i in $(seq 1 "${ITEMS:-4}"); do
    printf '{"script": "%s", "name": "v%d", "config": {"work": {"dir": "%s"}}}\n' \
      "$repo/examples/bench.txt" "$i" "$root/b$jobs/work$i"
  done > "b$jobs/items.jsonl"
  nvidia-smi --query-gpu=utilization.gpu,memory.used --format=csv,noheader,nounits -lms 200 > "$out/gpu-jobs$jobs.csv" &
  sampler=$!
  start=$(date +%s%N)
  "${java[@]}" dev.scriptcast.cli.Main batch "b$jobs/items.jsonl" -o "b$jobs/out" --jobs "$jobs" --size 1280x720 \
    --fps 30 --lipsync-model /tmp/gr/wav2lip96.onnx --avatar-image "$common/portrait.png" --skip-music \
    --encoder libx264 --preset veryfast > "$out/jobs$jobs.log" 2>&1 || echo "batch --jobs $jobs failed"
  end=$(date +%s%N)
  kill "$sampler" 2>/dev/null || true
  wall_ms=$(( (end - start) / 1000000 ))
  awk -F', ' -v jobs="$jobs" -v ms="$wall_ms" -v items="${ITEMS:-4}" \
    '{ n++; u += $1; if ($1 > max) max = $1 } END { printf "jobs %d: %d items in %.1f s, %.2f videos a minute, GPU util avg %.1f %% max %d %%\n", jobs, items, ms / 1000, items * 60000 / ms, u / n, max }' \
    "$out/gpu-jobs$jobs.csv" | tee -a "$out/summary.txt"
  cp "b$jobs/out/batch.json" "$out/batch-jobs$jobs.json" 2>/dev/null || true
  for r in b$jobs/out/*.report; do
    grep -h "Bound by\|^| video_composition" "$r/report.md" | sed "s|^|$(basename "$r"): |" >> "$out/reports-jobs$jobs.txt" || true
  done
done
