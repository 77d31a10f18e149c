//go:build race

package frontend_test

// raceDetector: the race detector is on; programs that start interpreted
// goroutines race inside yaegi v0.16.1 itself (see raceEnabled in
// race_test.go), so TestLowerInterpreted leaves them out.
const raceDetector = true
