#!/usr/bin/env bash
# End-to-end test of the window against the real Go backend (issue 2, item 7).
#
# Builds the frontend and a Wails dev binary, creates the LORnTECH sample dossier, starts the dev binary under
# Xvfb with its dev server on $E2E_ADDR (the embedded frontend plus the real bindings over a websocket, usable
# from any browser), waits for the port, runs the node:test suite in frontend/e2e with Debian's Chromium
# (playwright-core), and always stops the backend. E2E_SKIP_GO_BUILD=1 reuses an existing dev binary. Screenshots go to $SHOTS_DIR (default build/e2e-shots).
# Exit status: non-zero when any step or test fails.
#
# Needs: go, node/npm (frontend/node_modules installed with `npm ci`), xvfb-run, chromium,
# libgtk-3-dev and libwebkit2gtk-4.1-dev.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

addr="${E2E_ADDR:-127.0.0.1:34115}"
work="$(mktemp -d /tmp/dossierft-e2e.XXXXXX)"
# The app writes preferences, recent files and a daily backup copy into its data directory: keep those of this
# run (the app started here and the CLI calls) inside $work, never in the user's ~/.local/share/dossier-french-tech.
export DOSSIERFT_DATA_DIR="$work/data"
mkdir -p "$DOSSIERFT_DATA_DIR"
export SHOTS_DIR="${SHOTS_DIR:-$root/build/e2e-shots}"
mkdir -p "$SHOTS_DIR" build/bin
bin="build/bin/dossierft-dev"
log="$work/backend.log"
pid=""

# start_backend FILE: the dev binary on FILE under Xvfb, in its own process group; waits for the port.
start_backend() {
  echo "e2e: starting the backend on $addr under Xvfb ($(basename "$1"))"
  # assetdir: serve the frontend just built from disk (the binary embeds the same files at build time).
  DOSSIERFT_REPORT_LOADED="$work/loaded.txt" devserver="$addr" assetdir="$root/frontend/dist" loglevel=Info \
    setsid xvfb-run -a "$root/$bin" open "$1" >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    if curl -fs -o /dev/null "http://$addr/"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then echo "e2e: the backend exited early" >&2; exit 1; fi
    sleep 0.5
  done
  echo "e2e: the backend did not answer on $addr within 60 s" >&2
  exit 1
}

# stop_backend: stops the backend's process group and waits until the port is free.
stop_backend() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  pid=""
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/${addr%:*}/${addr##*:}") 2>/dev/null || return 0
    sleep 0.1
  done
}

cleanup() {
  local rc=$?
  # The backend runs in its own process group (setsid): stop xvfb-run, Xvfb and the app together.
  stop_backend || true
  if [[ $rc -ne 0 && -f "$log" ]]; then
    echo "--- backend log (last 40 lines) ---" >&2
    tail -n 40 "$log" >&2 || true
  fi
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT INT TERM

if (exec 3<>"/dev/tcp/${addr%:*}/${addr##*:}") 2>/dev/null; then
  echo "e2e: $addr is already in use; set E2E_ADDR to a free address" >&2
  exit 1
fi

if [[ ! -d frontend/node_modules ]]; then
  echo "e2e: installing the frontend's packages (npm ci)"
  (cd frontend && npm ci --no-audit --no-fund)
fi
echo "e2e: building the frontend"
(cd frontend && npm run --silent build >/dev/null)

if [[ "${E2E_SKIP_GO_BUILD:-}" == 1 && -x "$bin" ]]; then
  echo "e2e: using the existing $bin (E2E_SKIP_GO_BUILD=1)"
else
  echo "e2e: building the Wails dev binary ($bin)"
  go build -tags dev,webkit2_41 -o "$bin" .
fi

echo "e2e: creating the sample dossier"
"$root/$bin" new --sample "$work/sample.dossier" >/dev/null

start_backend "$work/sample.dossier"

echo "e2e: running the browser tests on the sample"
(cd frontend && DOSSIERFT_URL="http://$addr/" DOSSIERFT_FILE="$work/sample.dossier" DOSSIERFT_BIN="$root/$bin" \
  DOSSIERFT_REPORT_LOADED="$work/loaded.txt" SHOTS_DIR="$SHOTS_DIR" \
  node --test --test-concurrency=1 --test-reporter=spec e2e/*.test.mjs)

# Second run on the large synthetic dossier (5 000 actors): table performance.
stop_backend
echo "e2e: creating the large dossier and restarting the backend on it"
"$root/$bin" new --large "$work/large.dossier" >/dev/null
start_backend "$work/large.dossier"
(cd frontend && DOSSIERFT_URL="http://$addr/" DOSSIERFT_FILE="$work/large.dossier" DOSSIERFT_BIN="$root/$bin" \
  SHOTS_DIR="$SHOTS_DIR" node --test --test-concurrency=1 --test-reporter=spec e2e/large/*.test.mjs)
echo "e2e: screenshots in $SHOTS_DIR"
echo "e2e: files the app wrote in its temporary data directory: $(cd "$DOSSIERFT_DATA_DIR" && find . -type f | sort | tr '\n' ' ')"
