# Debian packages scriptcast needs from the system, and the check that installs them; sourced by ./scriptcast
# and scripts/test.sh.
#
# What needs each one: captions are drawn with a system font found through fontconfig (without it the JDK fails
# with "Fontconfig head is null"); OpenCV's bundled highgui, loaded for --avatar-image's face detection, links
# libgtk2.0-0; the espeak speech engine calls libespeak-ng (package espeak-ng).
SCRIPTCAST_RUNTIME_PACKAGES=(fontconfig fonts-dejavu-core libgtk2.0-0 espeak-ng)
# The tests also use Chromium (the report page), chromium-driver (the studio page through Selenium) and a C
# compiler (the NVML binding test).
SCRIPTCAST_TEST_PACKAGES=("${SCRIPTCAST_RUNTIME_PACKAGES[@]}" chromium chromium-driver gcc libc6-dev)

# ensure_packages PACKAGE...: returns when every package is installed. Otherwise installs the missing ones with
# apt-get when running as root, or prints one line naming the apt-get command and exits 2. Costs one dpkg-query
# (a few milliseconds) when nothing is missing; does nothing off Debian.
ensure_packages() {
  command -v dpkg-query >/dev/null || return 0
  local installed missing=() p
  installed=" $( (dpkg-query -W -f='${Package}:${db:Status-Abbrev}\n' "$@" 2>/dev/null || true) | tr -d ' ' | tr '\n' ' ') "
  for p in "$@"; do
    [[ "$installed" == *" $p:ii "* ]] || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0
  local cmd="apt-get install -y --no-install-recommends ${missing[*]}"
  if [[ "$(id -u)" != 0 ]] || ! command -v apt-get >/dev/null; then
    echo "scriptcast: missing system packages; install them with: sudo $cmd" >&2
    exit 2
  fi
  local log; log="$(mktemp -t scriptcast-apt.XXXXXX)"
  echo "scriptcast: installing system packages: ${missing[*]} ..." >&2
  if ! (export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && $cmd) >"$log" 2>&1; then
    echo "scriptcast: could not install system packages (\`$cmd\` failed); see $log" >&2
    exit 1
  fi
  rm -f "$log"
}
