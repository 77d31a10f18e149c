//go:build !race

package frontend_test

const raceDetector = false
