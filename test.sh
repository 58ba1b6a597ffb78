#!/usr/bin/env bash
# Runs every test: each module's unit tests, then the GUI tests that start the built application and
# drive it through its windows. OpenGL and Swing need a display: without one, this script starts its
# own with Xvfb. Arguments go to Maven, e.g. ./test.sh -pl modules/viewer
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${DISPLAY:-}" ]; then
    if ! command -v xvfb-run >/dev/null 2>&1; then
        echo "test.sh: there is no display and no xvfb-run to make one." >&2
        echo "Install Xvfb (Debian/Ubuntu: sudo apt-get install xvfb xauth) or run with a DISPLAY." >&2
        exit 2
    fi
    exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
exec mvn -B verify "$@"
