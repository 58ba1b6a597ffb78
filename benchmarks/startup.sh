#!/usr/bin/env bash
# Start-up benchmark (not a test). Builds Myoplan and a bare NetBeans Platform application of the same
# platform version, starts each one RUNS times (alternating, after one warm-up start each) on its own
# Xvfb display, and prints the median time from launch until
#   Myoplan: the 3D View has drawn its first frame;
#   bare platform: its main window is shown.
# Both are read from the application's log line, written when the event happens, so the two figures are
# measured the same way. Usage: benchmarks/startup.sh [RUNS]   (default 7)
# STARTUP_SKIP_BUILD=1 starts the applications as they were last built. The build is offline (-o):
# run it once online when an artifact is missing. STARTUP_ATLAS=FILE starts Myoplan with that imported
# atlas kept in its user directory (an atlas store written by `myoplan atlas import`), as a clinic that
# imported BodyParts3D starts it.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
TIMEOUT_S=120

command -v Xvfb >/dev/null || { echo "startup.sh: needs Xvfb (apt-get install xvfb)" >&2; exit 2; }
if [[ -n "${STARTUP_SKIP_BUILD:-}" ]]; then
    echo "Using the applications already built (STARTUP_SKIP_BUILD is set)"
else
    echo "Building Myoplan and the bare platform application..."
    mvn -B -q -o package -DskipTests
    # Only the bare platform's modules: the profile also names the modules' own benchmarks, not wanted here.
    mvn -B -q -o -Pbenchmark package -DskipTests -pl benchmarks/bare-platform/probe,benchmarks/bare-platform/application
fi

WORK=$(mktemp -d)
DISPLAY_NUMBER=$((90 + RANDOM % 100))
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
trap 'kill $XVFB_PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
export DISPLAY=":$DISPLAY_NUMBER"
sleep 1

# start_once LAUNCHER USERDIR MARKER -> prints "wall_ms jvm_ms"
start_once() {
    local launcher=$1 userdir=$2 marker=$3 log="$WORK/run.log"
    : > "$log"
    local start end
    start=$(date +%s%N)
    setsid "$launcher" --userdir "$userdir" -J-Dnetbeans.logger.console=true >"$log" 2>&1 &
    local pid=$!
    local deadline=$((SECONDS + TIMEOUT_S))
    until grep -q "$marker" "$log"; do
        if ((SECONDS > deadline)) || ! kill -0 "$pid" 2>/dev/null; then
            kill -- -"$pid" 2>/dev/null || true
            echo "startup.sh: '$marker' did not appear within ${TIMEOUT_S}s; log: " >&2
            tail -20 "$log" >&2
            exit 1
        fi
        sleep 0.02
    done
    end=$(date +%s%N)
    kill -- -"$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    local jvm
    jvm=$(grep "$marker" "$log" | head -1 | sed -E 's/.* ([0-9,]+) ms after the JVM started.*/\1/' | tr -d ',')
    echo "$(((end - start) / 1000000)) $jvm"
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

MYOPLAN=application/target/myoplan/bin/myoplan
BARE=benchmarks/bare-platform/application/target/bareplatform/bin/bareplatform
MYOPLAN_MARKER="3D View: first frame drawn"
BARE_MARKER="Bare platform: main window shown"

if [[ -n "${STARTUP_ATLAS:-}" ]]; then
    mkdir -p "$WORK/myoplan-userdir/var/myoplan/atlas"
    cp "$STARTUP_ATLAS" "$WORK/myoplan-userdir/var/myoplan/atlas/bodyparts3d.atlas"
    echo "Myoplan starts with the imported atlas $STARTUP_ATLAS"
fi
echo "Warm-up start of each (fills the module caches of their user directories)..."
start_once "$MYOPLAN" "$WORK/myoplan-userdir" "$MYOPLAN_MARKER" >/dev/null
start_once "$BARE" "$WORK/bare-userdir" "$BARE_MARKER" >/dev/null

: > "$WORK/myoplan.txt"
: > "$WORK/bare.txt"
for ((i = 1; i <= RUNS; i++)); do
    start_once "$MYOPLAN" "$WORK/myoplan-userdir" "$MYOPLAN_MARKER" >> "$WORK/myoplan.txt"
    start_once "$BARE" "$WORK/bare-userdir" "$BARE_MARKER" >> "$WORK/bare.txt"
    echo "run $i/$RUNS: Myoplan $(tail -1 "$WORK/myoplan.txt" | cut -d' ' -f1) ms, bare platform $(tail -1 "$WORK/bare.txt" | cut -d' ' -f1) ms"
done

myoplan_wall=$(cut -d' ' -f1 "$WORK/myoplan.txt" | median)
myoplan_jvm=$(cut -d' ' -f2 "$WORK/myoplan.txt" | median)
bare_wall=$(cut -d' ' -f1 "$WORK/bare.txt" | median)
bare_jvm=$(cut -d' ' -f2 "$WORK/bare.txt" | median)
echo
echo "Start-up, median of $RUNS warm starts under Xvfb ($(nproc) cores, $(java -version 2>&1 | head -1)):"
printf '  %-50s %6s ms (JVM uptime %s ms)\n' "Myoplan, launch to first 3D View frame:" "$myoplan_wall" "$myoplan_jvm"
printf '  %-50s %6s ms (JVM uptime %s ms)\n' "Bare platform $(grep -o 'RELEASE[0-9]*' pom.xml | head -1), launch to main window:" "$bare_wall" "$bare_jvm"
printf '  %-50s %6s ms\n' "Myoplan's cost over the bare platform:" "$((myoplan_wall - bare_wall))"
printf '  %-50s %6s\n' "Myoplan / bare platform:" "$(awk -v m="$myoplan_wall" -v b="$bare_wall" 'BEGIN {printf "%.2fx", m / b}')"
