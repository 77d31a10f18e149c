//go:build race

package main

// raceEnabled: the race detector is on; see repl/race_test.go for the races
// inside the interpreter that some tests must then skip.
const raceEnabled = true
