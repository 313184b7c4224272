#!/usr/bin/env bash
# Installs the Debian packages kenpos-kiosk needs to build, run and test.
#   bash packaging/dev/deps.sh          run-time + build needs
#   bash packaging/dev/deps.sh --test   also what the test suite uses
# Installs only what is missing; uses sudo when not root. Debian 12 or later.
set -euo pipefail

packages=(
  # The Japanese UI font (BIZ UDPGothic): Japanese glyph forms for kanji.
  fonts-morisawa-bizud-gothic
  # What winit/wgpu load at run time (dlopen): X11, Wayland, EGL, Mesa.
  libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcursor1 libxi6
  libwayland-client0 libwayland-egl1 libegl1 libgl1-mesa-dri
  # TLS roots for an https backend; a C compiler for bundled SQLite.
  ca-certificates gcc pkg-config
)
if [ "${1:-}" = "--test" ]; then
  packages+=(
    desktop-file-utils   # the .deb test validates the desktop file
    libxml2-utils        # xmllint for the Windows installer source
    python3-venv         # schemathesis runs in a venv
    gnome-keyring dbus-daemon  # the device-token test against a real Secret Service
    # The real-window test (packaging/dev/real-window.sh): a virtual X server, input,
    # pictures, and Mesa's software Vulkan and GL for iced's wgpu renderer.
    xvfb xdotool imagemagick mesa-vulkan-drivers libegl-mesa0
  )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "deps: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "deps: ok"
