//go:build !race

package repl

const raceOn = false
