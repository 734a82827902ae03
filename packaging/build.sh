#!/usr/bin/env bash
# The one-folder desktop build: dist/briefing-app/ (the executable, Python, Qt and its plugins, the bundled
# pack and fonts), for machines without Python. About 3-5 minutes on two cores; not part of the test suite.
# Then: packaging/smoke.sh runs the built app from another folder.
#   bash packaging/build.sh
# On Windows run it from Git Bash; the venv's programs are then under Scripts/ instead of bin/.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=build/pyinstaller-venv
BIN=$VENV/bin
[ -d "$VENV/Scripts" ] && BIN=$VENV/Scripts

"$PYTHON" -m venv "$VENV"
[ -d "$VENV/Scripts" ] && BIN=$VENV/Scripts
# A real (non-editable) install, as a user would get it; setuptools' own build/lib is cleared first so a
# file deleted from the source cannot linger in the build.
rm -rf build/lib build/bdist.*
"$BIN/pip" uninstall -q -y briefing-app 2>/dev/null || true  # a rebuild of the same version must reinstall
"$BIN/pip" install -q . "pyinstaller>=6.10,<7"
"$BIN/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/briefing-app.spec
echo "built dist/briefing-app/ ($(du -sh dist/briefing-app | cut -f1))"
