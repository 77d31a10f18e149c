//go:build race

package frontend

// raceBuild: built with the race detector, whose runtime reserves more
// address space than any cap would allow.
const raceBuild = true
