#!/usr/bin/env bash
# Embedded use: COUNT in-process renders one after another (default 50), one table row each (wall time, heap after
# GC, RSS, live threads), to show that nothing accumulates between renders. Build first (mvn -q -B -o package
# -DskipTests). Usage: bench/render-loop.sh [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
exec "$JAVA" -Xmx1g --enable-native-access=ALL-UNNAMED -Dlog4j.logger.marytts=WARN,stderr \
    -cp "target/classes:target/lib/*" bench/RenderLoop.java "$@"
