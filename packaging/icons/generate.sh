#!/usr/bin/env bash
# Regenerate the app icon raster files from assets/icon/kenpos-kiosk.svg.
#
# Needs (Debian packages, installed with apt-get when missing and run as root):
#   librsvg2-bin  rsvg-convert  SVG -> PNG
#   icoutils      icotool       PNGs -> multi-size .ico (Windows)
#   icnsutils     png2icns      PNGs -> .icns (macOS)
#
# Output (committed to git, so builds do not need these tools):
#   assets/icon/kenpos-kiosk-{16,24,32,48,64,128,256,512}.png
#   assets/icon/kenpos-kiosk.ico   (16..256; 256 stored as PNG)
#   assets/icon/kenpos-kiosk.icns  (16, 32, 48, 128, 256, 512)
#
# Usage: packaging/icons/generate.sh   (from anywhere)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
icon_dir="$root/assets/icon"
svg="$icon_dir/kenpos-kiosk.svg"
sizes=(16 24 32 48 64 128 256 512)

need_pkgs=()
command -v rsvg-convert >/dev/null 2>&1 || need_pkgs+=(librsvg2-bin)
command -v icotool >/dev/null 2>&1 || need_pkgs+=(icoutils)
command -v png2icns >/dev/null 2>&1 || need_pkgs+=(icnsutils)
if ((${#need_pkgs[@]} > 0)); then
    echo "==> installing: ${need_pkgs[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        echo "error: missing tools; run as root or: sudo apt-get install -y ${need_pkgs[*]}" >&2
        exit 1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need_pkgs[@]}"
fi

[[ -f $svg ]] || { echo "error: $svg not found" >&2; exit 1; }

echo "==> PNGs from $svg"
for s in "${sizes[@]}"; do
    rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio \
        --format png --output "$icon_dir/kenpos-kiosk-$s.png" "$svg"
    echo "    kenpos-kiosk-$s.png"
done

echo "==> kenpos-kiosk.ico"
icotool --create --output "$icon_dir/kenpos-kiosk.ico" \
    "$icon_dir/kenpos-kiosk-16.png" "$icon_dir/kenpos-kiosk-24.png" \
    "$icon_dir/kenpos-kiosk-32.png" "$icon_dir/kenpos-kiosk-48.png" \
    "$icon_dir/kenpos-kiosk-64.png" "$icon_dir/kenpos-kiosk-128.png" \
    --raw="$icon_dir/kenpos-kiosk-256.png"

echo "==> kenpos-kiosk.icns"
png2icns "$icon_dir/kenpos-kiosk.icns" \
    "$icon_dir/kenpos-kiosk-16.png" "$icon_dir/kenpos-kiosk-32.png" \
    "$icon_dir/kenpos-kiosk-48.png" "$icon_dir/kenpos-kiosk-128.png" \
    "$icon_dir/kenpos-kiosk-256.png" "$icon_dir/kenpos-kiosk-512.png" >/dev/null

echo "==> done: $(find "$icon_dir" -maxdepth 1 -type f -newer "$svg" | wc -l) files written in $icon_dir"
