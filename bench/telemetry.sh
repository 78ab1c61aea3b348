#!/usr/bin/env bash
# Telemetry benchmark: what the sampler costs (its own thread's CPU time) and the interval it achieves, for several
# sampling intervals, while the process keeps one core busy and runs a child process, as a render does.
# Goal: sampler cost under 1 % of one core at the default 50 ms. Build first (mvn -q -B -o package -DskipTests).
# Usage: bench/telemetry.sh [SECONDS_PER_ROW]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
exec "$JAVA" --enable-native-access=ALL-UNNAMED -cp "target/classes:target/lib/*" bench/TelemetryBench.java "$@"
