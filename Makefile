# Dossier French Tech — two commands do everything on a fresh machine:
#   make run    installs what is missing, builds, opens the window on the LORnTECH sample
#   make test   installs what is missing, runs every test
SHELL := /bin/bash
.DEFAULT_GOAL := run

GO        ?= go
TAGS      := desktop,production,webkit2_41
BIN       := build/bin/dossierft
DEV_BIN   := build/bin/dossierft-dev
# Debian packages the build and the tests need (WebKitGTK 4.1 for the window; Xvfb, ImageMagick, Chromium,
# screen fonts for the window and the browser under Xvfb (the PDF fonts are committed),
# poppler, qpdf and LibreOffice for the tests that read back what we produce).
APT_PKGS  := gcc pkg-config libgtk-3-dev libwebkit2gtk-4.1-dev xvfb xauth imagemagick poppler-utils qpdf \
             libreoffice-calc-nogui chromium time fonts-dejavu-core fonts-liberation2
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps apt npm frontend build build-dev cli bindings check-bindings vet fmt-check gotest \
        fetest e2e smoke fuzz bench clean

## deps: install missing Debian packages (as root, or through sudo) and npm packages (npm ci)
deps: apt npm

apt:
	@missing=""; for p in $(APT_PKGS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installation des paquets Debian :$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

npm: frontend/node_modules/.package-lock.json

frontend/node_modules/.package-lock.json: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

## frontend: build the Vite project into frontend/dist (embedded in the binary)
frontend: npm
	cd frontend && npm run build

## build: the desktop binary (same binary has the command line)
build: apt frontend
	$(GO) build -tags $(TAGS) -o $(BIN) .

build-dev: apt frontend
	$(GO) build -tags dev,webkit2_41 -o $(DEV_BIN) .

## run: build, then open the window (on first start, a copy of the LORnTECH sample in the data directory)
run: build
	./$(BIN)

## bindings: regenerate the TypeScript bindings of the bound Go services (committed)
# (the generator runs the program, which opens its default dossier: keep that in a temporary data directory)
bindings:
	tmp=$$(mktemp -d); DOSSIERFT_DATA_DIR=$$tmp $(GO) tool wails generate module; rm -rf $$tmp

## check-bindings: fail when the committed bindings differ from what the Go code generates
check-bindings:
	@tmp=$$(mktemp -d); cp -r frontend/src/wailsjs $$tmp/before; \
	DOSSIERFT_DATA_DIR=$$tmp/data $(GO) tool wails generate module >/dev/null 2>&1 || { echo "wails generate module a échoué"; exit 1; }; \
	if ! diff -r $$tmp/before frontend/src/wailsjs >/dev/null; then \
	  diff -r $$tmp/before frontend/src/wailsjs | head -20; \
	  echo "Les liaisons TypeScript (frontend/src/wailsjs) sont périmées : lancez « make bindings » et committez."; \
	  rm -rf frontend/src/wailsjs && cp -r $$tmp/before frontend/src/wailsjs; rm -rf $$tmp; exit 1; fi; \
	rm -rf $$tmp; echo "liaisons à jour"

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt à appliquer : $$out"; exit 1; fi

vet:
	$(GO) vet ./...

gotest:
	$(GO) test -race -count=1 ./...

## fuzz: a short run of each fuzz target (the committed corpus also runs in gotest)
fuzz:
	@for pkg in $$($(GO) list ./internal/...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "fuzz $$pkg $$t"; $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime 5s $$pkg || exit 1; \
	  done; done

fetest: npm
	cd frontend && npm run typecheck && npm run test

## e2e: the real frontend against the real Go backend (Wails dev server) in Chromium
e2e: build-dev
	bash scripts/e2e.sh

## smoke: the production binary under Xvfb loads the sample dossier in its real window
smoke: build
	bash scripts/smoke.sh

## test: everything
test: deps fmt-check vet check-bindings gotest fetest e2e smoke fuzz
	@echo "make test : tout est passé"

## bench: Go benchmarks on the large synthetic dossier (ns/op, B/op; peak RSS of each package's run)
bench: apt
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 5x \
	  -exec '/usr/bin/time -f "peak RSS of this package run: %M KB"' ./app ./internal/...

cli:
	$(GO) build -o build/bin/dossierft-cli .

clean:
	rm -rf build/bin frontend/dist/assets frontend/dist/index.html
