#!/usr/bin/env bash
# Smoke test of the production desktop binary (issue 2, item 7): builds the frontend and
# `go build -tags desktop,production,webkit2_41`, opens the LORnTECH sample in the real window under Xvfb,
# waits (up to $SMOKE_TIMEOUT seconds, default 60) until the window reports through the bound call
# Session.ReportLoaded that its dashboard shows "LORnTECH<TAB><actors>" (file named by
# $DOSSIERFT_REPORT_LOADED), takes a screenshot of the screen into build/smoke.png, and stops the app.
# Exit status: non-zero when the window did not report the dossier.
#
# Needs: go, node/npm (frontend/node_modules installed), xvfb-run, ImageMagick's `import`,
# libgtk-3-dev and libwebkit2gtk-4.1-dev.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

timeout_s="${SMOKE_TIMEOUT:-60}"
work="$(mktemp -d /tmp/dossierft-smoke.XXXXXX)"
# The app writes preferences, recent files and a daily backup copy into its data directory: keep those of this
# run (the app started here and the CLI calls) inside $work, never in the user's ~/.local/share/dossier-french-tech.
export DOSSIERFT_DATA_DIR="$work/data"
mkdir -p "$DOSSIERFT_DATA_DIR"
bin="build/bin/dossierft"
shot="$root/build/smoke.png"
mkdir -p build/bin
pid=""

cleanup() {
  local rc=$?
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  if [[ $rc -ne 0 && -f "$work/app.log" ]]; then
    echo "--- app log (last 40 lines) ---" >&2
    tail -n 40 "$work/app.log" >&2 || true
  fi
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT INT TERM

if [[ ! -d frontend/node_modules ]]; then
  echo "smoke: installing the frontend's packages (npm ci)"
  (cd frontend && npm ci --no-audit --no-fund)
fi
echo "smoke: building the frontend"
(cd frontend && npm run --silent build >/dev/null)
echo "smoke: building the production binary ($bin)"
go build -tags desktop,production,webkit2_41 -o "$bin" .

echo "smoke: creating the sample dossier"
"$bin" new --sample "$work/sample.dossier" >/dev/null
actors="$("$bin" json "$work/sample.dossier" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const j=JSON.parse(s);console.log(j.candidature.name+"\t"+j.actors.length)})')"
echo "smoke: expecting the window to report \"${actors/$'\t'/<TAB>}\""

# Inside Xvfb: start the window, wait for its report, photograph the screen, leave the result in $work/status.
cat >"$work/inside.sh" <<'INSIDE'
set -u
"$BIN" open "$FILE" >"$WORK/app.log" 2>&1 &
app=$!
status=timeout
for _ in $(seq 1 $((TIMEOUT * 4))); do
  if [[ -s "$WORK/loaded.txt" ]]; then status=loaded; break; fi
  if ! kill -0 "$app" 2>/dev/null; then status=exited; break; fi
  sleep 0.25
done
sleep 2 # let the window paint the data it reported
import -window root "$SHOT" 2>>"$WORK/app.log" || echo "screenshot failed" >>"$WORK/app.log"
echo "$status" >"$WORK/status"
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
exit 0
INSIDE

echo "smoke: opening the window under Xvfb (up to ${timeout_s} s)"
BIN="$root/$bin" FILE="$work/sample.dossier" WORK="$work" SHOT="$shot" TIMEOUT="$timeout_s" \
  DOSSIERFT_REPORT_LOADED="$work/loaded.txt" WEBKIT_DISABLE_DMABUF_RENDERER=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 \
  setsid xvfb-run -a -s "-screen 0 1440x900x24" bash "$work/inside.sh" &
pid=$!
wait "$pid" || true
pid=""

status="$(cat "$work/status" 2>/dev/null || echo "no status")"
got="$(cat "$work/loaded.txt" 2>/dev/null || true)"
echo "smoke: window status: $status; reported: ${got/$'\t'/<TAB>}"
echo "smoke: screenshot: $shot"
echo "smoke: files the app wrote in its temporary data directory: $(cd "$DOSSIERFT_DATA_DIR" && find . -type f | sort | tr '\n' ' ')"
if [[ "$got" != "$actors" ]]; then
  echo "smoke: FAILED: the window did not report \"${actors/$'\t'/<TAB>}\"" >&2
  exit 1
fi
echo "smoke: ok"
