#!/usr/bin/env bash
# The real-window test: what a member sees, not a widget tree.
#
# The app runs in a real X window (Xvfb, 1280x800, no window manager) on each renderer
# (tiny-skia; wgpu with its GL backend; wgpu as it picks by itself, on Mesa), walks both
# member paths (examples/window_tour/) and the X server's picture is taken at every
# screen. Checked:
#   (a) every new screen opens at its top (title and step indicator in view);
#   (b) the wgpu pictures equal the tiny-skia ones up to antialiasing (ghost drawings
#       left by an earlier scroll position or an earlier screen are far larger);
#   (c) after "finish", an idle wipe and "start over" the welcome screen's pixels equal
#       a fresh start's: nothing of the previous member is left in the window;
#   (d) kiosk mode on an X server without a window manager covers the whole screen.
# Pictures are kept under target/real-window/. Installs what it needs (packaging/dev/deps.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/dev/deps.sh --test >/dev/null

out=target/real-window
rm -rf "$out"
mkdir -p "$out"
cargo build --quiet --example window_tour --bin kenpos-kiosk
tour=target/debug/examples/window_tour
kiosk=target/debug/kenpos-kiosk

# Pixels that differ by more than FUZZ between two pictures.
differ() { compare -metric AE -fuzz "$3" "$1" "$2" null: 2>&1 >/dev/null | cut -d' ' -f1 || true; }

# Failures are appended to a file: the walks run in three lanes (subshells) at once.
failures="$out/failures"
: >"$failures"
fail() { echo "real-window: FAIL $*"; echo "$*" >>"$failures"; }

xvfb_pid=""
display_base=150 # each lane takes displays from its own range of 150
start_x() { # start_x SIZE -> sets DISPLAY_NUM
  for n in $(seq 0 20); do
    DISPLAY_NUM=$(( display_base + RANDOM % 150 ))
    [ -e "/tmp/.X${DISPLAY_NUM}-lock" ] && continue
    Xvfb ":$DISPLAY_NUM" -screen 0 "${1}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 50); do
      DISPLAY=":$DISPLAY_NUM" xdotool getmouselocation >/dev/null 2>&1 && return 0
      sleep 0.1
    done
    kill "$xvfb_pid" 2>/dev/null || true
  done
  echo "real-window: Xvfb did not start" >&2
  exit 1
}
stop_x() { kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; }
trap stop_x EXIT

# The window's picture once it has stopped changing: a debug build on a busy machine may
# show a change a few seconds late. Two pictures in a row must agree (a blinking text
# cursor is allowed for); at most 15 tries.
picture() {
  local shot=$1 previous="$1.previous.png" n
  DISPLAY=":$DISPLAY_NUM" import -window root "$previous"
  for _ in $(seq 1 15); do
    sleep 0.5
    DISPLAY=":$DISPLAY_NUM" import -window root "$shot"
    n=$(differ "$previous" "$shot" 10%)
    [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -le 200 ] && break
    mv "$shot" "$previous"
  done
  rm -f "$previous"
}

# One walk of both paths on one renderer: walk NAME LANG [ENV=VALUE...]
walk() {
  local name=$1 lang=$2; shift 2
  local dir="$out/$name"
  mkdir -p "$dir"
  start_x 1280x800
  local rt; rt=$(mktemp -d); chmod 700 "$rt"
  echo "real-window: $name ($lang): $*"
  set +e
  env DISPLAY=":$DISPLAY_NUM" XDG_RUNTIME_DIR="$rt" HOME="$rt" "$@" \
    "$tour" "$dir" "$lang" 2>"$dir/app.log" |
    while read -r kind rest; do
      case "$kind" in
        SHOT)
          picture "$dir/$rest.png"
          touch "$dir/$rest.ack";;
        FAIL) echo "real-window: FAIL ($name) $rest";;
        DONE) echo "real-window: $name walked to the end ($rest)";;
      esac
    done
  local status=${PIPESTATUS[0]}
  set -e
  [ "$status" -eq 0 ] || fail "$name: the walk failed (exit $status; see $dir/app.log)"
  rm -f "$dir"/*.ack
  rm -rf "$rt"
  stop_x
}

# Three lanes at once, each with its own X servers: a walk mostly waits for a picture to
# settle, so several share 2 cores well (428 s in a row, 277 s in two lanes, 2+2+1 walks in
# three). Each picture waits until the screen has stopped changing, so a slower frame is
# only later.
(
  display_base=150
  trap stop_x EXIT
  walk tiny-skia ja ICED_BACKEND=tiny-skia
  walk wgpu-gl-en en WGPU_BACKEND=gl
) &
lane_a=$!
(
  display_base=300
  trap stop_x EXIT
  walk wgpu-gl ja WGPU_BACKEND=gl
  walk tiny-skia-en en ICED_BACKEND=tiny-skia
) &
lane_b=$!
(
  display_base=450
  trap stop_x EXIT
  walk wgpu ja
) &
lane_c=$!
wait "$lane_a" || fail "a lane of walks stopped early (exit $?)"
wait "$lane_b" || fail "a lane of walks stopped early (exit $?)"
wait "$lane_c" || fail "a lane of walks stopped early (exit $?)"

# (b) The GPU renderer draws what the software one does. Text and curves are
# antialiased a little differently; a left-over drawing covers thousands of pixels.
limit=${REAL_WINDOW_MAX_DIFF:-3000}
for pair in "tiny-skia wgpu-gl" "tiny-skia wgpu" "tiny-skia-en wgpu-gl-en"; do
  set -- $pair
  for picture in "$out/$1"/*.png; do
    other="$out/$2/$(basename "$picture")"
    [ -f "$other" ] || { fail "$2 has no $(basename "$picture")"; continue; }
    n=$(differ "$picture" "$other" 40%)
    echo "real-window: $2 vs $1 $(basename "$picture" .png): $n pixels differ"
    [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -le "$limit" ] || fail "$2 $(basename "$picture") differs from $1 in $n pixels (limit $limit)"
  done
done

# (c) After a session ends, the welcome screen is exactly a fresh one.
for name in tiny-skia wgpu-gl wgpu tiny-skia-en wgpu-gl-en; do
  for after in finish idle start-over; do
    picture="$out/$name/00-welcome-after-$after.png"
    [ -f "$picture" ] || { fail "$name: no picture after $after"; continue; }
    n=$(differ "$out/$name/00-welcome-fresh.png" "$picture" 10%)
    [[ "$n" =~ ^[0-9]+$ ]] && [ "$n" -le 50 ] || fail "$name: after $after the welcome screen differs from a fresh start in $n pixels"
  done
done

# (d) Kiosk mode on a bare X server (no window manager): the window covers the screen.
start_x 1920x1080
rt=$(mktemp -d); chmod 700 "$rt"
DISPLAY=":$DISPLAY_NUM" XDG_RUNTIME_DIR="$rt" HOME="$rt" ICED_BACKEND=tiny-skia \
  "$kiosk" --kiosk >"$out/kiosk.log" 2>&1 &
app=$!
geometry=""
for _ in $(seq 1 60); do
  sleep 0.5
  geometry=$(DISPLAY=":$DISPLAY_NUM" xdotool search --onlyvisible --name . getwindowgeometry --shell 2>/dev/null | tr '\n' ' ' || true)
  case "$geometry" in *"WIDTH=1920 HEIGHT=1080"*) break;; esac
done
sleep 1
DISPLAY=":$DISPLAY_NUM" import -window root "$out/kiosk-1920x1080.png"
kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true
rm -rf "$rt"
stop_x
echo "real-window: kiosk window: $geometry"
case "$geometry" in
  *"X=0 Y=0 WIDTH=1920 HEIGHT=1080"*) ;;
  *) fail "kiosk mode without a window manager: window is not 1920x1080 at (0,0): $geometry";;
esac
corner=$(convert "$out/kiosk-1920x1080.png" -format '%[fx:int(255*(p{1900,1060}.r+p{1900,1060}.g+p{1900,1060}.b))]' info:)
[ "$corner" -gt 0 ] || fail "kiosk mode: the bottom-right corner of the screen is black (not covered)"

echo "real-window: pictures in $out"
failed=$(wc -l <"$failures")
if [ "$failed" -gt 0 ]; then
  echo "real-window: $failed check(s) failed"
  exit 1
fi
echo "real-window: all checks passed"
