#!/usr/bin/env bash
# Avatar layer benchmark: per-frame draw cost of each look and of the photo avatar at 720p, 1080p and 9:16.
# Build first (mvn -q -B -o package -DskipTests). The photo row needs the test portrait (see README, Tests);
# set SCRIPTCAST_TEST_PORTRAIT or put it at target/test-data/astronaut.png.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
exec "$JAVA" --enable-native-access=ALL-UNNAMED -cp "target/classes:target/lib/*" bench/AvatarFrameBench.java "$@"
