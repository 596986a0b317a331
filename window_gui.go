//go:build desktop || dev

package main

import (
	"dossierft/app"
	"dossierft/internal/cli"
)

// window opens the desktop window (builds with the Wails tags: desktop, or dev).
var window cli.Window = func(path string) error { return app.Run(path, assets, icon) }
