# Sourced by the launcher and by scripts/gpu-render.sh. The JDK's ahead-of-time cache (JEPs 483, 514, 515): the
# classes a render loads, already parsed and linked, and the profiles of its hot methods, written by one short
# training render. With it the app and MaryTTS start sooner and the JIT compiles speech's hot loops from the first
# sentence on; without it (not made yet, or made by another jar or JDK, which the JVM notices and then ignores it)
# everything works as before, only slower to start.

# make_startup_cache CACHE JAVA [JVM FLAGS...] (-jar JAR | -cp PATH MAIN): a quiet training render into a temporary
# folder; CACHE is replaced only when the training succeeded. Returns non-zero when it failed.
make_startup_cache() {
  local cache=$1 java=$2; shift 2
  local tmp; tmp="$(mktemp -d)"
  cat > "$tmp/script.txt" <<'SCRIPT'
Welcome to the training run. It costs 2.5 GB, ten minutes, and 3 tries at most!

Does it speak, draw and encode? Yes, on every core.
SCRIPT
  printf 'work:\n  dir: %s/work\n' "$tmp" > "$tmp/config.yaml"
  local ok=1
  if "$java" -XX:AOTCacheOutput="$tmp/cache.aot" -Xlog:aot*=off "$@" render "$tmp/script.txt" \
      --avatar --visualize --captions --background --size 640x360 --fps 30 --skip-music --quiet \
      --config "$tmp/config.yaml" -o "$tmp/out.mp4" > "$tmp/log" 2>&1 && [[ -s "$tmp/cache.aot" ]]; then
    mv -f "$tmp/cache.aot" "$cache" && ok=0
  fi
  rm -rf "$tmp"
  return "$ok"
}

# startup_cache_flags CACHE: the JVM flags that use CACHE when it is there (prints nothing otherwise).
startup_cache_flags() {
  [[ -s "$1" ]] && printf '%s\n' "-XX:AOTCache=$1" "-Xlog:aot*=off"
  return 0
}
