#!/usr/bin/env bash
# NVML query cost: CPU and wall time per call of each query the telemetry sampler makes. Needs an NVIDIA GPU and
# driver; scripts/gpu-verify.sh runs it on the GPU test machine. Build first (mvn -q -B -o package -DskipTests).
# Usage: bench/nvml.sh [CALLS]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
exec "$JAVA" --enable-native-access=ALL-UNNAMED -cp "target/classes:target/lib/*" bench/NvmlCallBench.java "$@"
