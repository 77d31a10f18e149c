//go:build race

package repl

// raceBuild: built with the race detector, whose runtime reserves more
// address space than any cap would allow.
const raceBuild = true
