#!/usr/bin/env bash
# Build the .deb with cargo-deb, install it (pulling its Depends), check it, purge it.
#
#   packaging/linux/test-deb.sh [extra cargo-deb args]
#
# With no arguments it builds the release binary first (what ships; ~15 min cold on 2
# cores). The test command (packaging/dev/test.sh) packs the debug binary its tests have
# already built instead (`--profile dev --no-build --strip --fast`): every check below is
# about the package (files, Depends, install, start, purge), not about the optimiser.
#
# CI-safe and non-interactive. Needs root or passwordless sudo (apt-get, dpkg).
# Installs when missing: cargo-deb (cargo install --locked), desktop-file-utils,
# dpkg-dev (dpkg-shlibdeps), python3 (reads Cargo.toml). Every check runs even after a failure, the package
# is always purged, and the script exits non-zero if any check failed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

pkg=kenpos-kiosk
desktop=/usr/share/applications/$pkg.desktop
export DEBIAN_FRONTEND=noninteractive

if [[ $(id -u) -eq 0 ]]; then
    SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo -n)
else
    echo "test-deb: FAIL: needs root or passwordless sudo" >&2
    exit 2
fi

failed=()
passed=0
step() { printf '\n==> %s\n' "$*"; }
ok() { printf '    ok: %s\n' "$*"; passed=$((passed + 1)); }
bad() { printf '    FAIL: %s: %s\n' "$1" "$2" >&2; failed+=("$1"); }

installed=0
cleanup() {
    if ((installed)); then
        "${SUDO[@]}" apt-get purge -y "$pkg" >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

apt_install() {
    "${SUDO[@]}" apt-get install -y --no-install-recommends "$@" >/dev/null ||
        { "${SUDO[@]}" apt-get update >/dev/null && "${SUDO[@]}" apt-get install -y --no-install-recommends "$@" >/dev/null; }
}

step "1. tools"
command -v python3 >/dev/null 2>&1 || apt_install python3
command -v desktop-file-validate >/dev/null 2>&1 || apt_install desktop-file-utils
# cargo-deb resolves `$auto` in Depends with dpkg-shlibdeps.
command -v dpkg-shlibdeps >/dev/null 2>&1 || apt_install dpkg-dev
if ! cargo deb --version >/dev/null 2>&1; then
    echo "    installing cargo-deb"
    cargo install cargo-deb --locked
fi
ok "cargo-deb $(cargo deb --version 2>/dev/null | awk '{print $NF}'), $(command -v desktop-file-validate)"

step "2. package assets present"
# Every asset source in [package.metadata.deb] except the built binary.
mapfile -t sources < <(python3 -c '
import tomllib
with open("Cargo.toml", "rb") as f:
    meta = tomllib.load(f)["package"]["metadata"]["deb"]
for src, _dest, _mode in meta["assets"]:
    if not src.startswith("target/"):
        print(src)
')
missing=()
for s in "${sources[@]}"; do [[ -e $s ]] || missing+=("$s"); done
if ((${#missing[@]})); then
    bad "assets" "missing asset source(s): ${missing[*]}"
    echo "test-deb: FAIL: cannot build the .deb without them" >&2
    exit 1
fi
ok "${#sources[@]} asset sources found"

read -r version target_dir < <(python3 -c '
import json, subprocess
m = json.loads(subprocess.run(["cargo", "metadata", "--format-version", "1", "--no-deps"],
                              check=True, capture_output=True).stdout)
print(next(p["version"] for p in m["packages"] if p["name"] == "kenpos-kiosk"), m["target_directory"])
')

step "3. cargo deb ${*:-(release build)} (version $version)"
rm -f "$target_dir/debian/${pkg}"_*.deb
cargo deb "$@"
debs=("$target_dir/debian/${pkg}_${version}"-*.deb)
if [[ ! -f ${debs[0]} ]]; then
    bad "build" "no $target_dir/debian/${pkg}_${version}-*.deb"
    echo "test-deb: FAIL: ${failed[*]}" >&2
    exit 1
fi
deb="${debs[0]}"
ok "built $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends | sed 's/^/    /'

step "4. apt-get install $deb"
installed=1
if ! "${SUDO[@]}" apt-get install -y "$deb"; then
    echo "    retrying after apt-get update"
    "${SUDO[@]}" apt-get update
    "${SUDO[@]}" apt-get install -y "$deb"
fi
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    ok "$pkg installed"
else
    bad "install" "dpkg does not report $pkg installed"
fi
if dpkg-query -W -f='${Status}' fonts-morisawa-bizud-gothic 2>/dev/null | grep -q 'install ok installed'; then
    ok "font dependency fonts-morisawa-bizud-gothic installed"
else
    bad "font" "fonts-morisawa-bizud-gothic not installed"
fi

step "5. kenpos-kiosk --version prints $version"
if out="$(/usr/bin/kenpos-kiosk --version 2>&1)"; then rc=0; else rc=$?; fi
printf '    output: [%s] (exit %d)\n' "$out" "$rc"
if [[ $rc -eq 0 && $out == *"$version"* ]]; then
    ok "--version shows $version"
else
    bad "version" "--version did not print $version with exit 0"
fi

step "6. desktop-file-validate $desktop"
if [[ -f $desktop ]] && desktop-file-validate "$desktop"; then
    ok "desktop file valid"
else
    bad "desktop" "$desktop missing or invalid"
fi
if grep -qx "StartupWMClass=$pkg" "$desktop" 2>/dev/null; then
    ok "StartupWMClass=$pkg"
else
    bad "wmclass" "StartupWMClass is not $pkg"
fi

step "7. icons and man page"
icons=("/usr/share/icons/hicolor/scalable/apps/$pkg.svg")
for n in 16 24 32 48 64 128 256 512; do icons+=("/usr/share/icons/hicolor/${n}x${n}/apps/$pkg.png"); done
missing=()
for f in "${icons[@]}"; do [[ -s $f ]] || missing+=("$f"); done
if ((${#missing[@]})); then bad "icons" "missing: ${missing[*]}"; else ok "${#icons[@]} icons"; fi
man=""
for f in /usr/share/man/man1/$pkg.1.gz /usr/share/man/man1/$pkg.1; do [[ -s $f ]] && man=$f && break; done
if [[ -n $man ]]; then ok "man page $man"; else bad "man" "no /usr/share/man/man1/$pkg.1[.gz]"; fi
docs=(config.sample.toml KIOSK.md "$pkg-kiosk.service" "$pkg.pam" README.md)
missing=()
for f in "${docs[@]}"; do [[ -e /usr/share/doc/$pkg/$f || -e /usr/share/doc/$pkg/$f.gz ]] || missing+=("$f"); done
if ((${#missing[@]})); then bad "docs" "missing in /usr/share/doc/$pkg: ${missing[*]}"; else ok "${#docs[@]} doc files"; fi

step "8. apt-get purge $pkg"
"${SUDO[@]}" apt-get purge -y "$pkg"
installed=0
left=()
for f in /usr/bin/$pkg "$desktop" "${icons[@]}" /usr/share/doc/$pkg; do [[ -e $f ]] && left+=("$f"); done
if dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then left+=("dpkg status"); fi
if ((${#left[@]})); then bad "purge" "left behind: ${left[*]}"; else ok "binary, desktop file, icons and docs removed"; fi

echo
if ((${#failed[@]})); then
    echo "test-deb: FAIL: ${#failed[@]} check(s) failed (${failed[*]}), $passed passed; package $deb" >&2
    exit 1
fi
echo "test-deb: PASS: $passed checks; package $deb"
