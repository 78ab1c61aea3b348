#!/usr/bin/env bash
# Load on the studio server: CLIENTS concurrent API clients (default 20), each submitting one short eSpeak render,
# against `scriptcast serve --jobs JOBS` (default 2) on a free loopback port. Prints done/lost, throughput, p50
# and p95 time to done and the server's peak RSS. Build first (mvn -q -B -o package -DskipTests).
# Usage: bench/serve-load.sh [CLIENTS] [JOBS]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
exec "$JAVA" -cp "target/classes:target/lib/*" bench/ServeLoad.java "$@"
