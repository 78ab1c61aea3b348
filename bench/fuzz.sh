#!/usr/bin/env bash
# Fuzzing campaign with Jazzer: fuzzes each named target for the given time and prints one table row per target.
# Usage: bench/fuzz.sh [DURATION] [TARGET...]     DURATION like 10m, 90s (default 10m); TARGET one of
#   script, normalizer, config, frontmatter (default: all four, one after the other).
# Up to 20 distinct findings (by stack trace) per target before it stops; Jazzer saves each input under src/test/resources/.../*FuzzTestInputs/, where
# mvn test replays it from then on. Logs go to bench/out/fuzz-TARGET.log. Exits 1 when anything was found.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"

duration="${1:-10m}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(script normalizer config frontmatter)

test_of() {
  case "$1" in
    script) echo 'ScriptParserFuzzTest#anyBytesParseOrFailWithOneLine' ;;
    normalizer) echo 'TextNormalizerFuzzTest#anyTextNormalizes' ;;
    config) echo 'ConfigLoaderFuzzTest#anyConfigFileLoadsOrFailsWithOneLine' ;;
    frontmatter) echo 'ConfigLoaderFuzzTest#anyFrontMatterLoadsOrFailsWithOneLine' ;;
    *) echo "unknown target: $1 (script, normalizer, config, frontmatter)" >&2; exit 2 ;;
  esac
}

mkdir -p bench/out
mvn -B -ntp -o -q test-compile
rows=()
status=0
for target in "${targets[@]}"; do
  test="$(test_of "$target")"
  log="bench/out/fuzz-$target.log"
  start=$(date +%s)
  # the corpus Jazzer grows stays in .cifuzz-corpus (git ignores it), so a later campaign starts from it
  # with keep_going the test can pass although inputs were written, so count those
  ok=true
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="$duration" JAZZER_KEEP_GOING=20 mvn -B -ntp -o test -Dtest="$test" \
      -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || ok=false
  findings="$(grep -c 'Test unit written to' "$log" || true)"
  if [[ "$findings" -gt 0 ]]; then
    status=1
  elif ! $ok; then
    status=1
    findings="build failed, see $log"
  fi
  seconds=$(( $(date +%s) - start ))
  runs="$(grep -oE '^#[0-9]+' "$log" | tail -n1 | tr -d '#')"
  rows+=("$(printf '%-12s %9s %8s %12s  %s' "$target" "$duration" "$seconds" "${runs:-?}" "$findings")")
done
printf '%-12s %9s %8s %12s  %s\n' target duration wall_s executions findings
printf '%s\n' "${rows[@]}"
exit "$status"
