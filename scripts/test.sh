#!/usr/bin/env bash
# The test command: installs the Debian packages the tests use (as root; otherwise names the apt-get command),
# fetches the test portrait when it is missing, then runs every test with Java 25.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/system-packages.sh
ensure_packages "${SCRIPTCAST_TEST_PACKAGES[@]}"

# NASA's public-domain astronaut photo, shipped in Debian's python3-skimage (not committed to this repository).
if [[ ! -f target/test-data/astronaut.png ]]; then
  tmp="$(mktemp -d)"
  if ! (cd "$tmp" && apt-get download -qq python3-skimage >/dev/null 2>&1); then
    [[ "$(id -u)" == 0 ]] && apt-get update -qq
    (cd "$tmp" && apt-get download -qq python3-skimage >/dev/null)
  fi
  (cd "$tmp" && dpkg -x python3-skimage_*.deb pkg)
  mkdir -p target/test-data
  cp "$(find "$tmp/pkg" -name astronaut.png | head -n1)" target/test-data/astronaut.png
  rm -rf "$tmp"
fi

# Maven's own guava calls sun.misc.Unsafe, which JDK 25 warns about.
export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"
JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B -ntp test

# A short fuzzing run on top of the seed corpus mvn test replays: 10 s for one target, a different one each day
# (Jazzer fuzzes one test per JVM, and each run costs about 20 s of start-up on two cores).
targets=(script normalizer config frontmatter)
bench/fuzz.sh 10s "${targets[$((10#$(date +%j) % 4))]}"
