#!/bin/sh
# Puts the lip-sync test portrait (NASA astronaut photograph, public domain, from Debian's python3-skimage)
# at target/test-data/astronaut.png. Needs apt-get and dpkg; nothing is committed.
set -eu
dest="${1:-target/test-data}"
[ -f "$dest/astronaut.png" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download python3-skimage >/dev/null && dpkg -x python3-skimage_*.deb x)
mkdir -p "$dest"
cp "$(find "$work/x" -name astronaut.png | head -n 1)" "$dest/astronaut.png"
echo "$dest/astronaut.png"
