#!/usr/bin/env bash
# Standalone-cluster smoke test, not run in CI: a Spark master and one worker started from the app's own jars on
# this machine (loopback only), then `scriptcast batch --spark spark://127.0.0.1:PORT` over a few tiny scripts
# into a file: URL. Passes when every item is done and every video has pictures and sound.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
port="${SMOKE_SPARK_PORT:-17077}"
items="${SMOKE_ITEMS:-4}"

(cd "$here" && mvn -q -B -o -DskipTests package >/dev/null 2>&1)
work="$(mktemp -d /tmp/scriptcast-spark-smoke.XXXXXX)"
pids=()
stop() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT

# A worker starts each executor with SPARK_HOME/jars as its class path: lay one out from the app's jars.
mkdir -p "$work/spark-home/jars"
ln -s "$here"/target/spark-lib/*.jar "$here"/target/lib/*.jar "$here/target/scriptcast.jar" "$work/spark-home/jars/"
export SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost
cp="$here/target/scriptcast.jar:$here/target/lib/*:$here/target/spark-lib/*"
java_cmd=("$JAVA_HOME/bin/java" @"$here/scripts/jvm.options" -Xmx512m -cp "$cp")

"${java_cmd[@]}" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0 \
  >"$work/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 1; done
"${java_cmd[@]}" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 2 --memory 6g --webui-port 0 \
  --work-dir "$work/worker" "spark://127.0.0.1:$port" >"$work/worker.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do grep -q "Successfully registered with master" "$work/worker.log" && break; sleep 1; done

mkdir -p "$work/scripts"
for i in $(seq "$items"); do echo "Smoke test video number $i." >"$work/scripts/video-$i.txt"; done
start=$(date +%s.%N)
set +e
SCRIPTCAST_JAVA_OPTS="-Dspark.executor.memory=4g -Dspark.executor.extraJavaOptions=@$here/scripts/jvm.options" \
  "$here/scriptcast" batch "$work/scripts" -o "file://$work/out" --spark "spark://127.0.0.1:$port" \
  --tts-engine espeak --size 320x180 --skip-music --preset ultrafast
code=$?
set -e
end=$(date +%s.%N)
echo "smoke: batch exit $code in $(echo "$end - $start" | bc) s; logs and outputs in $work"
[[ $code -eq 0 ]] || exit 1
grep -q "\"done\" : $items" "$work/out/batch.json" || { echo "smoke: not all items done"; exit 1; }
for i in $(seq "$items"); do
  f="$work/out/video-$i.mp4"
  [[ -s "$f" && -s "$work/out/video-$i.srt" && -d "$work/out/video-$i.report" ]] || { echo "smoke: $f missing"; exit 1; }
done
echo "smoke: PASS ($items videos from a standalone master and one worker)"
