#!/usr/bin/env bash
# Debian/Ubuntu libraries Qt 6 needs: offscreen (tests) and under X11 (the app); poppler-utils for tests.
# Installs the missing ones when run as root; otherwise prints the apt-get command.
set -euo pipefail
QT_OFFSCREEN="libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0"
QT_X11="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0"
# pdftoppm (poppler-utils): the PDF report tests draw its pages with an independent reader.
TEST_TOOLS="poppler-utils"
want="$QT_OFFSCREEN $TEST_TOOLS"
[ "${1:-}" = "--x11" ] && want="$QT_OFFSCREEN $QT_X11"
missing=()
for pkg in $want; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing system packages for Qt: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Qt needs these system packages: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
