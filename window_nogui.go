//go:build !desktop && !dev && !bindings

package main

import "dossierft/internal/cli"

// window is nil in a command-line-only build (no Wails tags): `dossierft` and `dossierft open` then say in
// French that this build has no window, without touching any file.
var window cli.Window
