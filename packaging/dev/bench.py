#!/usr/bin/env python3
"""First paint and memory, side by side, for packaging/dev/bench.sh (issue 16).

Each variant runs RUNS times, interleaved, each time in a fresh Xvfb (1280x800, the
app's window size, black root). First paint: from exec until the region at the centre
of the screen shows drawn content (at least two colours: text or an edge, not only a
background). PSS: the sum of Pss over every process of the variant's session, SETTLE
seconds after the first paint. Prints min / median / max and the ratios to the floor
(the empty iced window on the same renderer) and to Chromium's kiosk mode.
"""

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

from Xlib import X, display  # python-xlib, installed by bench.sh in a venv

WIDTH, HEIGHT = 1280, 800
PROBE = 120  # the side of the square probed at the centre
TIMEOUT = 30.0


def start_xvfb():
    for _ in range(20):
        number = 100 + int.from_bytes(os.urandom(2), "big") % 800
        if os.path.exists(f"/tmp/.X11-unix/X{number}"):
            continue
        xvfb = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-br",
             "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                return xvfb, f":{number}", display.Display(f":{number}")
            except Exception:  # not up yet
                time.sleep(0.02)
        xvfb.kill()
    sys.exit("bench: Xvfb did not start")


def drawn(root):
    x, y = (WIDTH - PROBE) // 2, (HEIGHT - PROBE) // 2
    image = root.get_image(x, y, PROBE, PROBE, X.ZPixmap, 0xFFFFFFFF)
    data = image.data
    first = data[0:4]
    return any(data[i:i + 4] != first for i in range(0, len(data), 4 * 7))


def pss_kib(session):
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            if int(fields[3]) != session:  # field 6 (sid) after "pid (comm)"
                continue
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return total


def run_once(command, env_extra, settle):
    xvfb, name, conn = start_xvfb()
    home = tempfile.mkdtemp(prefix="bench-home-")
    os.chmod(home, 0o700)
    env = {k: v for k, v in os.environ.items() if k not in ("ICED_BACKEND", "WGPU_BACKEND")}
    env.update(DISPLAY=name, HOME=home, XDG_RUNTIME_DIR=home,
               XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data")
    env.update(env_extra)
    root = conn.screen().root
    start = time.monotonic()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    paint = None
    while time.monotonic() - start < TIMEOUT and proc.poll() is None:
        if drawn(root):
            paint = time.monotonic() - start
            break
        time.sleep(0.003)
    pss = None
    if paint is not None:
        time.sleep(settle)
        pss = pss_kib(proc.pid) / 1024
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
    conn.close()
    xvfb.kill()
    xvfb.wait()
    shutil.rmtree(home, ignore_errors=True)
    return paint, pss


def spread(values, unit, scale=1.0):
    if not values:
        return "failed"
    values = sorted(v * scale for v in values)
    return (f"{values[0]:.2f} / {statistics.median(values):.2f} / {values[-1]:.2f} {unit}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--settle", type=float, default=3.0)
    parser.add_argument("--app", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--page", required=True)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "")
    args = parser.parse_args()

    variants = [
        ("kiosk, wgpu (default)", [args.app, "--windowed"], {}),
        ("kiosk, tiny-skia", [args.app, "--windowed"], {"ICED_BACKEND": "tiny-skia"}),
        ("floor, wgpu", [args.floor], {}),
        ("floor, tiny-skia", [args.floor], {"ICED_BACKEND": "tiny-skia"}),
    ]
    if args.chromium:
        profile = tempfile.mkdtemp(prefix="bench-chromium-")
        variants.append(("Chromium --kiosk", [
            args.chromium, "--kiosk", "--no-first-run", "--no-default-browser-check",
            "--no-sandbox", f"--user-data-dir={profile}", f"--window-size={WIDTH},{HEIGHT}",
            f"file://{os.path.abspath(args.page)}"], {}))
    else:
        print("bench: Chromium is not installed (apt-get install chromium): its row is skipped")

    results = {name: ([], []) for name, _, _ in variants}
    for run in range(args.runs):
        for name, command, env in variants:
            paint, pss = run_once(command, env, args.settle)
            if paint is not None:
                results[name][0].append(paint)
                results[name][1].append(pss)
            shown = "no paint" if paint is None else f"{paint:.3f} s, {pss:.1f} MB"
            print(f"run {run + 1}/{args.runs}  {name:24} {shown}", flush=True)

    print(f"\nfirst paint and PSS (MB = MiB), min / median / max of {args.runs} runs, "
          f"Xvfb {WIDTH}x{HEIGHT}")
    print(f"| what | first paint | PSS |\n|---|---|---|")
    for name, (paints, pss) in results.items():
        print(f"| {name} | {spread(paints, 's')} | {spread(pss, 'MB')} |")

    def median(name, which):
        values = results.get(name, ([], []))[which]
        return statistics.median(values) if values else None

    print("\nratios of medians")
    for renderer in ("wgpu", "tiny-skia"):
        app = "kiosk, wgpu (default)" if renderer == "wgpu" else "kiosk, tiny-skia"
        floor = f"floor, {renderer}"
        for which, what in ((0, "first paint"), (1, "PSS")):
            a, f = median(app, which), median(floor, which)
            if a is not None and f is not None:
                extra = f" (floor + {a - f:.1f} MB)" if which == 1 else ""
                print(f"  {app} / {floor}, {what}: {a / f:.2f}x{extra}")
            c = median("Chromium --kiosk", which)
            if a is not None and c is not None:
                print(f"  {app} / Chromium --kiosk, {what}: {a / c:.2f}x")


if __name__ == "__main__":
    main()
