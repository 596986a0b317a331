//go:build race

package pdf

func init() { raceEnabled = true }
