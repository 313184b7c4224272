#!/usr/bin/env bash
# Fast packaging checks, no package build (the .deb test is packaging/linux/test-deb.sh):
# desktop file, man page, systemd unit, WiX source, Info.plist, shell scripts.
# Installs missing Debian tools when run as root. Exits non-zero if any check fails.
# Usage: packaging/check.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

need=()
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v shellcheck >/dev/null 2>&1 || need+=(shellcheck)
command -v groff >/dev/null 2>&1 || need+=(groff-base)
if ((${#need[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}" >/dev/null
    else
        echo "check: FAIL: missing tools; apt-get install -y ${need[*]}" >&2
        exit 1
    fi
fi

failed=()
run() { # run NAME COMMAND...
    local name=$1
    shift
    echo "==> $name"
    if "$@"; then echo "    ok: $name"; else echo "    FAIL: $name" >&2; failed+=("$name"); fi
}

run "desktop-file-validate" desktop-file-validate packaging/linux/kenpos-kiosk.desktop
run "man page (groff -ww)" bash -c \
    '! groff -man -Tutf8 -ww -z packaging/linux/kenpos-kiosk.1 2>&1 | grep .'
# verify also checks that ExecStart's program (/usr/bin/cage) exists.
if command -v systemd-analyze >/dev/null 2>&1 && [[ -x /usr/bin/cage ]]; then
    run "systemd-analyze verify" systemd-analyze verify --man=no packaging/linux/kenpos-kiosk-kiosk.service
else
    echo "==> systemd-analyze verify: skipped (needs systemd-analyze and cage installed)"
fi
run "windows/validate.sh" packaging/windows/validate.sh
run "macos/validate.sh" packaging/macos/validate.sh
mapfile -t scripts < <(find packaging -name '*.sh' -type f | sort)
run "shellcheck (${#scripts[@]} scripts)" shellcheck "${scripts[@]}"

if ((${#failed[@]})); then
    echo "check: FAIL: ${failed[*]}" >&2
    exit 1
fi
echo "check: PASS"
