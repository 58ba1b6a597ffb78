#!/usr/bin/env bash
# Builds Myoplan and starts it with its embedded defaults (bundled model, data in the user directory
# ~/.myoplan/userdir). Arguments go to the launcher, e.g. ./run.sh --userdir /tmp/try-myoplan
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q package -DskipTests
exec application/target/myoplan/bin/myoplan "$@"
