#!/usr/bin/env bash
# One whole render with neural lip-sync on the GPU machine (no Java there), then its encoder-only baseline.
# See docs/gpu-verification.md, "Neural lip-sync: a whole render".
#
#   scripts/gpu-render.sh pack DEST   (here)  bundles gpu-verify.sh's three parts (runtime, FFmpeg, OpenCV, app)
#                                             and gpu-lipsync-pack.sh's ONNX Runtime CUDA payload, split into
#                                             DEST/part.00..05 (one device call each, < 60 MiB); DEST/common gets
#                                             this script, the sha256, the compiled Bench, the test portrait and
#                                             empty GTK 2 stand-ins. DEST: an ignored folder of the checkout the
#                                             device tool sends (bench/out/gpu)
#   gpu-render.sh stage DEST N  (there)       copies DEST/part.0N to /tmp/gr (kept while the machine stays warm);
#                                             N=0 also exports the random-weight Wav2Lip-96 model there
#   gpu-render.sh run DEST OUT  (there)       joins and checks the parts, unpacks, and for each name in RUNS
#                                             (default r1) renders examples/bench.txt (SCRIPT=) at 1280x720 with
#                                             the model on CUDA, re-encodes its frames (Bench baseline) and puts
#                                             the report in OUT/NAME; OUT/table.md gets Bench's table
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cmd="${1:?pack|stage|run}"
dest="${2:?payload folder}"
parts=/tmp/gr

pack() {
  local jdk=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} work=${WORK:-/tmp/gpu-render-pack}
  mkdir -p "$work" "$here/bench/out" "$dest/common/classes"
  bash "$here/scripts/gpu-verify.sh" pack "$work/v"
  [[ -f /tmp/lipsync-gpu-pack/payload.tar.xz ]] || bash "$here/scripts/gpu-lipsync-pack.sh" "$work/ls" || true
  cp /tmp/lipsync-gpu-pack/payload.tar.xz "$work/"
  tar -C "$work" -cf "$work/bundle.tar" v/1/part1.tar.xz v/2/part2.tar v/3/part3.tar payload.tar.xz
  rm -f "$dest"/part.*
  split -n 6 -d "$work/bundle.tar" "$dest/part."
  (cd "$work" && sha256sum bundle.tar > "$dest/common/bundle.sha256")
  "$jdk/bin/javac" -d "$dest/common/classes" -cp "$here/target/scriptcast.jar:$here/target/lib/*" "$here/bench/Bench.java" "$here/bench/MaryCpu.java"
  cp "$0" "$here/scripts/gpu-batch.sh" "$here/scripts/export_wav2lip96.py" "$here/scripts/make_wav2lip96_numpy.py" "$dest/common/"
  mkdir -p "$dest/common/stubs"
  unzip -p "$here"/target/lib/opencv-*-linux-x86_64.jar 'org/bytedeco/opencv/linux-x86_64/libopencv_highgui.so.4*' \
    > "$dest/common/stubs/highgui.so"
  readelf --dyn-syms -W "$dest/common/stubs/highgui.so" | awk '$7=="UND" && $4=="FUNC" {print $8}' | grep -E '^(g_|gtk_|gdk_|cairo_|_g)' \
    | sort -u | sed 's/.*/void &(void) {}/' > "$dest/common/stubs/gtk-stub.c"
  for l in libgtk-x11-2.0.so.0 libgdk-x11-2.0.so.0 libcairo.so.2 libgdk_pixbuf-2.0.so.0 libgobject-2.0.so.0 libglib-2.0.so.0; do
    gcc -shared -fPIC -o "$dest/common/stubs/$l" -Wl,-soname,$l "$dest/common/stubs/gtk-stub.c"
  done
  rm "$dest/common/stubs/highgui.so"
  cp "${SCRIPTCAST_TEST_PORTRAIT:-$here/target/test-data/astronaut.png}" "$dest/common/portrait.png"
  mkdir -p "$dest/common/fonts"   # burned-in captions need DejaVu Sans; that machine has no fonts
  cp /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf "$dest/common/fonts/"
  cp -L /usr/lib/x86_64-linux-gnu/libfontconfig.so.1 /usr/lib/x86_64-linux-gnu/libfreetype.so.6 "$dest/common/fonts/"
  ls -la "$dest" "$dest/common"
}

stage() {
  local n="${3:?part number}" common="$dest/common"
  mkdir -p "$parts" && cp "$dest/part.0$n" "$parts/"
  if [[ "$n" == 0 ]]; then
    python3 "$common/export_wav2lip96.py" "$parts/wav2lip96.onnx" \
      || python3 "$common/make_wav2lip96_numpy.py" "$parts/wav2lip96.onnx"
  fi
  ls -la "$parts"
}

unxz() { if command -v xz >/dev/null; then xz -T0 -dc "$1"; else
  python3 -c 'import lzma,shutil,sys; shutil.copyfileobj(lzma.open(sys.argv[1]), sys.stdout.buffer)' "$1"; fi; }

run() {
  local out="${3:?output folder}" common root=/tmp/gr/r repo="$PWD" t0
  common="$(cd "$dest/common" && pwd)"
  mkdir -p "$out" && out="$(cd "$out" && pwd)"
  cd "$parts"
  if [[ ! -x "$root/jre/bin/java" ]]; then
    cat part.0* > bundle.tar && sha256sum -c "$common/bundle.sha256" && tar xf bundle.tar && rm bundle.tar part.0*
    rm -rf "$root" && mkdir -p "$root"
    unxz v/1/part1.tar.xz | tar -C "$root" -xf -
    tar -C "$root" -xf v/2/part2.tar && tar -C "$root" -xf v/3/part3.tar
    unxz payload.tar.xz | tar -C "$root" -xf -    # p/lib: ONNX Runtime with the CUDA natives, dnnl, opencl
  fi
  # OpenCV's highgui (loaded with objdetect for face detection) needs GTK 2, which that machine lacks: empty
  # stand-ins, last on the path, satisfy the loader; no GTK function is called
  export LD_LIBRARY_PATH=/usr/local/cuda/targets/x86_64-linux/lib:/usr/lib/x86_64-linux-gnu:${STUBS:-$common/stubs}
  cd "$root"
  # burned-in captions need DejaVu Sans, and that machine has neither fonts nor fontconfig: the packed ones
  printf '<?xml version="1.0"?>\n<fontconfig><dir>%s</dir><cachedir>/tmp/gr/fc-cache</cachedir></fontconfig>\n' \
    "$common/fonts" > /tmp/gr/fonts.conf
  export FONTCONFIG_FILE=/tmp/gr/fonts.conf LD_LIBRARY_PATH="$LD_LIBRARY_PATH:$common/fonts"
  # signal chaining: LLVM, which a driver loads there, installs crash handlers that would take the JVM's signals
  export LD_PRELOAD="$root/jre/lib/libjsig.so"
  # JAVA_OPTS: extra JVM flags (e.g. to compare garbage collectors)
  # shellcheck disable=SC2206 # split on purpose
  local java=(jre/bin/java --enable-native-access=ALL-UNNAMED ${JAVA_OPTS:-} -Dlog4j2.level=ERROR
    -Dlog4j.logger.marytts=ERROR,stderr -cp "app/scriptcast.jar:app/lib/*:p/lib/*:$common/classes")
  # the JDK's ahead-of-time cache, made here as the launcher makes it after a build (NO_STARTUP_CACHE=1: none)
  # (the renders' class path has jars only: the JVM keeps no cache for a class path with a folder of classes)
  local app=("${java[@]:0:${#java[@]}-1}" "app/scriptcast.jar:app/lib/*:p/lib/*")
  if [[ -z "${NO_STARTUP_CACHE:-}" ]]; then
    source "$repo/scripts/startup-cache.sh"
    t0=$SECONDS
    # made once per jar while the machine stays warm: a later run of this script reuses it
    if [[ -s "$root/scriptcast.aot" && ! "$root/app/scriptcast.jar" -nt "$root/scriptcast.aot" ]] \
        || make_startup_cache "$root/scriptcast.aot" "${app[@]}" dev.scriptcast.cli.Main; then
      mapfile -t -O "${#app[@]}" app < <(startup_cache_flags "$root/scriptcast.aot")
    fi
    echo "startup cache: $(ls -s "$root/scriptcast.aot" 2>/dev/null || echo none), $((SECONDS - t0)) s" > "$out/startup-cache.txt"
  fi
  { nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader; nproc; date -u; } > "$out/machine.txt" 2>&1 || true
  # RUNS: names of the renders, one after another, each with a fresh work folder (no speech cache); a name
  # ending in "-dumps" takes a thread dump (SIGQUIT, into its log) every 0.5 s, to see where its time goes
  local rows=() name pid
  for name in ${RUNS:-r1}; do
    printf 'work:\n  dir: %s/work-%s\nvideo:\n  crf: 23\n' "$root" "$name" > "$name.yaml"
    # a name with "-bN" (e.g. n1-b16) renders with lip-sync batches of N
    [[ "$name" =~ -b([0-9]+) ]] && printf 'avatar:\n  batch_size: %s\n' "${BASH_REMATCH[1]}" >> "$name.yaml"
    mkdir -p "$out/$name" && t0=$SECONDS
    # AVATAR: "neural" (default; the random-weight Wav2Lip-96 on the test portrait) or "drawn" (the drawn
    # presenter with visualiser, captions and the gradient background)
    local look=(--lipsync-model "$parts/wav2lip96.onnx" --avatar-image "$common/portrait.png")
    [[ "${AVATAR:-neural}" == drawn ]] && look=(--avatar --visualize --captions --background)
    "${app[@]}" dev.scriptcast.cli.Main render "$repo/${SCRIPT:-examples/bench.txt}" -o "$name.mp4" --size 1280x720 \
      --fps 30 "${look[@]}" --skip-music \
      --encoder libx264 --preset veryfast --config "$name.yaml" --quiet --report "$name.report" > "$out/$name/log" 2>&1 &
    pid=$!
    if [[ "$name" == *-dumps ]]; then
      while sleep 0.5 && kill -0 "$pid" 2>/dev/null; do date +%s.%N >> "$out/$name/log"; kill -3 "$pid" 2>/dev/null || true; done
    fi
    wait "$pid" || echo "render $name failed" | tee -a "$out/machine.txt"
    echo "$name render process wall: $((SECONDS - t0)) s" | tee -a "$out/machine.txt"
    cp "$name.report/metrics.json" "$name.report/report.md" "$out/$name/" || true
    "${java[@]}" Bench baseline veryfast 23 "$name.mp4" 2>> "$out/$name/log"
    echo "$name baseline s: $(cat "$name.baseline")" | tee -a "$out/machine.txt"
    gzip -f "$out/$name/log"
    rows+=("w1-${AVATAR:-neural}-$name=$name.mp4")
  done
  "${java[@]}" Bench table veryfast 23 "${rows[@]}" | tee "$out/table.md"
  # MARY_THREADS: also where MaryTTS's CPU goes per second of speech (bench/MaryCpu.java), once per thread count
  for t in ${MARY_THREADS:-}; do "${java[@]}" MaryCpu "$t" "$repo/examples/bench.txt" 2>/dev/null | tee -a "$out/mary.md"; done
}

"$cmd" "$@"
