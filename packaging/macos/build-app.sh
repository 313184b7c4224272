#!/usr/bin/env bash
# Build "KENPOS Kiosk.app" (universal: Apple silicon + Intel) and a .dmg. macOS only.
#
#   packaging/macos/build-app.sh
#
# Needs: Xcode command line tools (xcode-select --install), rustup.
# Environment:
#   ARCHS="aarch64 x86_64"   architectures to build (one arch: no lipo step)
#   SIGN_IDENTITY=-          codesign identity; "-" = ad-hoc. Use your
#                            "Developer ID Application: …" to distribute, then notarize.
# Output: target/macos/KENPOS Kiosk.app, target/macos/kenpos-kiosk-<version>.dmg
set -euo pipefail

if [[ $(uname -s) != Darwin ]]; then
    echo "build-app.sh: this recipe runs on macOS only (needs lipo, codesign, hdiutil)." >&2
    echo "On Linux, check the bundle template with packaging/macos/validate.sh." >&2
    exit 1
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

read -r -a archs <<<"${ARCHS:-aarch64 x86_64}"
identity="${SIGN_IDENTITY:--}"
bin=kenpos-kiosk
app_name="KENPOS Kiosk"
pkgid="$(cargo pkgid)"            # …#kenpos-kiosk@0.1.0 or …#0.1.0
version="${pkgid##*[#@]}"
out=target/macos
app="$out/$app_name.app"
dmg="$out/$bin-$version.dmg"

echo "==> $app_name $version for: ${archs[*]}"
bins=()
for arch in "${archs[@]}"; do
    target="$arch-apple-darwin"
    case $arch in
        x86_64) export MACOSX_DEPLOYMENT_TARGET=10.15 ;;
        aarch64) export MACOSX_DEPLOYMENT_TARGET=11.0 ;;
        *) echo "unknown arch $arch" >&2; exit 1 ;;
    esac
    rustup target add "$target"
    echo "==> cargo build --release --locked --target $target"
    cargo build --release --locked --target "$target" --bin "$bin"
    bins+=("target/$target/release/$bin")
done

rm -rf "$app" "$dmg"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
if ((${#bins[@]} > 1)); then
    echo "==> lipo -create"
    lipo -create -output "$app/Contents/MacOS/$bin" "${bins[@]}"
else
    cp "${bins[0]}" "$app/Contents/MacOS/$bin"
fi
lipo -info "$app/Contents/MacOS/$bin"

sed -e "s/@VERSION@/$version/g" -e "s/@BUILD@/$version/g" \
    packaging/macos/Info.plist >"$app/Contents/Info.plist"
plutil -lint "$app/Contents/Info.plist"
cp assets/icon/kenpos-kiosk.icns "$app/Contents/Resources/"
printf 'APPL????' >"$app/Contents/PkgInfo"

echo "==> codesign (identity: $identity)"
if [[ $identity == - ]]; then
    codesign --force --sign - "$app"
else
    codesign --force --options runtime --timestamp --sign "$identity" "$app"
fi
codesign --verify --strict --verbose=2 "$app"

echo "==> hdiutil create $dmg"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "$app_name $version" -srcfolder "$staging" -ov -format UDZO "$dmg"

echo "build-app.sh: done: $app and $dmg"
