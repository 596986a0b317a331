//go:build race

package store

// raceEnabled is true under the race detector, which slows the transpiled SQLite tenfold or more: tests
// then use smaller data and skip timing bounds.
const raceEnabled = true
