#!/usr/bin/env bash
# Check the WiX source here on Linux (the MSI itself is built on Windows, see KIOSK.md):
#   - well-formed XML (xmllint, Debian package libxml2-utils; installed if missing);
#   - the things cargo-wix and upgrades rely on: Product UpgradeCode is a fixed GUID,
#     Version is $(var.Version), the exe comes from $(var.CargoTargetBinDir),
#     per-machine scope, MajorUpgrade, a Start-menu shortcut;
#   - every repository file it references exists.
# Usage: packaging/windows/validate.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
wxs=packaging/windows/kenpos-kiosk.wxs

if ! command -v xmllint >/dev/null 2>&1; then
    if [[ $(id -u) -ne 0 ]]; then
        echo "validate: FAIL: xmllint missing; apt-get install -y libxml2-utils" >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libxml2-utils >/dev/null
fi

fails=0
check() { # check DESCRIPTION XPATH-BOOLEAN
    local got
    got="$(xmllint --xpath "$2" "$wxs" 2>/dev/null || true)"
    if [[ $got == true ]]; then
        echo "    ok: $1"
    else
        echo "    FAIL: $1" >&2
        fails=$((fails + 1))
    fi
}

echo "==> xmllint --noout $wxs"
xmllint --noout "$wxs"
echo "    ok: well-formed"

echo "==> WiX content"
ns='namespace-uri()="http://schemas.microsoft.com/wix/2006/wi"'
p="/*[local-name()='Wix' and $ns]/*[local-name()='Product']"
check "WiX v3 namespace, one Product" "count($p) = 1"
check "UpgradeCode is a fixed GUID" \
    "string-length($p/@UpgradeCode) = 36 and translate($p/@UpgradeCode, '0123456789ABCDEF', '') = '----'"
check "Product Version is \$(var.Version)" "$p/@Version = '\$(var.Version)'"
check "per-machine Package" "$p/*[local-name()='Package']/@InstallScope = 'perMachine'"
check "MajorUpgrade with downgrade message" "boolean($p/*[local-name()='MajorUpgrade']/@DowngradeErrorMessage)"
check "exe from \$(var.CargoTargetBinDir)" \
    "count(//*[local-name()='File'][@Source = '\$(var.CargoTargetBinDir)\\kenpos-kiosk.exe']) = 1"
check "Start-menu shortcut" "count(//*[local-name()='Shortcut'][@Directory = 'ProgramMenuFolder']) = 1"
check "product icon for Add/Remove Programs" "$p/*[local-name()='Property'][@Id = 'ARPPRODUCTICON']/@Value = $p/*[local-name()='Icon']/@Id"

echo "==> referenced files exist"
mapfile -t refs < <(xmllint --xpath "//@SourceFile | //*[local-name()='File']/@Source | //*[local-name()='WixVariable']/@Value" "$wxs" |
    sed -E 's/^ *[A-Za-z]+="([^"]*)"$/\1/' | grep -vF "\$(var." | sed 's#\\#/#g' | sort -u)
for f in "${refs[@]}"; do
    if [[ -f $f ]]; then
        echo "    ok: $f"
    else
        echo "    FAIL: $f missing" >&2
        fails=$((fails + 1))
    fi
done

if ((fails)); then
    echo "validate: FAIL: $fails check(s) failed" >&2
    exit 1
fi
echo "validate: PASS: $wxs"
