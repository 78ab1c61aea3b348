#!/usr/bin/env bash
# Speech benchmark: real-time factor per engine and example script, 1 vs 2 synthesis threads.
# Usage: bench/speech.sh            (builds the jar first if needed; -Druns=N for more repetitions)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
[[ -f target/scriptcast.jar ]] || mvn -q -B -o package -DskipTests
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx2g -Dlog4j.logger.marytts=WARN,stderr "$@" \
  -cp "target/scriptcast.jar:target/lib/*" bench/SpeechBench.java
