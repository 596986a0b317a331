// Command dossierft is Dossier French Tech: a desktop application (Wails) that assembles a territory's
// application for the French Tech label and produces its PDF dossier and spreadsheets, and the same binary's
// command line (see `dossierft --help`). This file only wires the two together.
package main

import (
	"context"
	"embed"
	"os"

	"dossierft/internal/cli"
)

// assets is the built frontend (frontend/dist, produced by `npm run build`; a .gitkeep keeps it compilable).
//
//go:embed all:frontend/dist
var assets embed.FS

// icon is the window icon.
//
//go:embed build/appicon.png
var icon []byte

func main() {
	os.Exit(cli.Run(context.Background(), os.Args[1:], cli.Env{
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Window: window,
	}))
}
