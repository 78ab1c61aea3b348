#!/usr/bin/env bash
# The test command: fetches the test portrait when it is missing, then runs every test with Java 25.
set -euo pipefail
cd "$(dirname "$0")/.."

# NASA's public-domain astronaut photo, shipped in Debian's python3-skimage (not committed to this repository).
if [[ ! -f target/test-data/astronaut.png ]]; then
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get download -qq python3-skimage >/dev/null && dpkg -x python3-skimage_*.deb pkg)
  mkdir -p target/test-data
  cp "$(find "$tmp/pkg" -name astronaut.png | head -n1)" target/test-data/astronaut.png
  rm -rf "$tmp"
fi

JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -B -ntp test
