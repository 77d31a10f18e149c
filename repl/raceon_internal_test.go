//go:build race

package repl

// raceOn: the race detector is on (see raceEnabled in race_test.go).
const raceOn = true
