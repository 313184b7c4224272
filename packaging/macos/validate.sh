#!/usr/bin/env bash
# Check packaging/macos/Info.plist here (the .app/.dmg is built on a Mac, see README.md):
# it parses as a plist (python3 plistlib), has the keys the bundle needs, keeps the
# @VERSION@/@BUILD@ placeholders build-app.sh fills, names the icon that exists in
# assets/icon, and still parses after the substitution build-app.sh makes.
# Usage: packaging/macos/validate.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
command -v python3 >/dev/null 2>&1 || { echo "validate: FAIL: python3 missing" >&2; exit 1; }

python3 - packaging/macos/Info.plist <<'PY'
import os, plistlib, sys

path = sys.argv[1]
with open(path, "rb") as f:
    raw = f.read()
plist = plistlib.loads(raw)
print(f"==> plistlib parsed {path}: {len(plist)} keys")

fails = []
def check(ok, what):
    print(("    ok: " if ok else "    FAIL: ") + what)
    if not ok:
        fails.append(what)

expect = {
    "CFBundleExecutable": "kenpos-kiosk",
    "CFBundleIdentifier": "jp.kenpos.kiosk",
    "CFBundlePackageType": "APPL",
    "CFBundleIconFile": "kenpos-kiosk.icns",
    "CFBundleShortVersionString": "@VERSION@",
    "CFBundleVersion": "@BUILD@",
    "NSHighResolutionCapable": True,
}
for key, value in expect.items():
    check(plist.get(key) == value, f"{key} = {value!r}")
check(isinstance(plist.get("LSMinimumSystemVersion"), str), "LSMinimumSystemVersion set")
icon = os.path.join("assets", "icon", plist.get("CFBundleIconFile", ""))
check(os.path.isfile(icon), f"icon {icon} exists")

filled = plistlib.loads(raw.replace(b"@VERSION@", b"0.1.0").replace(b"@BUILD@", b"0.1.0"))
check(filled["CFBundleShortVersionString"] == "0.1.0", "parses after version substitution")

if fails:
    print(f"validate: FAIL: {len(fails)} check(s)", file=sys.stderr)
    sys.exit(1)
print(f"validate: PASS: {path}")
PY
