//go:build race

package imports

// raceEnabled is true when the tests run under the race detector.
const raceEnabled = true
