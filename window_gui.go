//go:build desktop || dev || bindings

package main

import (
	"dossierft/app"
	"dossierft/internal/cli"
)

// window opens the desktop window (builds with the Wails tags: desktop, dev, or bindings for the generator).
var window cli.Window = func(path string) error { return app.Run(path, assets, icon) }
