#!/usr/bin/env bash
# Smoke test of the one-folder build (packaging/build.sh): runs dist/briefing-app/briefing-app from an
# unrelated temporary folder with a PATH holding only system folders (no venv, no Python of ours):
# the first window paint, `check`, `data`, `export` to .pptx and, when LibreOffice is installed, to .pdf.
# Prints the size of the build and the start-up time (to the first painted window).
#   bash packaging/smoke.sh [dist/briefing-app]
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
APP_DIR=$(cd "${1:-$HERE/dist/briefing-app}" && pwd)
APP=$APP_DIR/briefing-app
[ -x "$APP" ] || { echo "no $APP: run packaging/build.sh first" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
export PATH=/usr/local/bin:/usr/bin:/bin
unset VIRTUAL_ENV PYTHONPATH PYTHONHOME
step() { echo "== $*"; }

step "size: $(du -sh "$APP_DIR" | cut -f1)"
step "--version: $("$APP" --version)"
# A real window when a display (or Xvfb) is there, else Qt's offscreen platform.
if [ -n "${DISPLAY:-}" ]; then run_gui=(); elif command -v xvfb-run >/dev/null; then run_gui=(xvfb-run -a); \
    else run_gui=(); export QT_QPA_PLATFORM=offscreen; fi
for i in 1 2 3; do
    start=$(date +%s%N)
    ${run_gui[@]+"${run_gui[@]}"} "$APP" --quit-after-first-paint
    echo "start-up to first paint, run $i: $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
step check; "$APP" check | tail -n 1
step data; "$APP" data -o figures.csv; test -s figures.csv
step "export pptx"; "$APP" export -o deck.pptx --lang zh; test -s deck.pptx
if command -v soffice >/dev/null || command -v libreoffice >/dev/null; then
    step "export pdf"; "$APP" export -o deck.pdf --lang zh; test -s deck.pdf
    if command -v pdffonts >/dev/null; then pdffonts deck.pdf | grep -i "cjk\|sc" | head -n 3; fi
fi
step "a bad pack: one line, exit 1"
printf 'not: [valid' > bad.yaml
if out=$("$APP" check bad.yaml 2>&1); then echo "check accepted a bad pack" >&2; exit 1; fi
echo "$out"
if grep -q Traceback <<<"$out"; then echo "a traceback instead of an error line" >&2; exit 1; fi
echo "smoke test passed"
