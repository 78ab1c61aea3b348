#!/usr/bin/env bash
# Segmented rendering: encode SECONDS (default 100) of 1280x720 30 fps as 10 segments, then time joining them with
# the sound (bench/JoinBench.java). Build first (mvn -q -B -o package -DskipTests). Needs the test portrait (see
# README, Tests): set SCRIPTCAST_TEST_PORTRAIT or put it at target/test-data/astronaut.png.
# Usage: bench/join.sh [SECONDS] [mp4|mkv|mov]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
exec "$JAVA" -Xmx1g --enable-native-access=ALL-UNNAMED -cp "target/classes:target/lib/*" bench/JoinBench.java "$@"
