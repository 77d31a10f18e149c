//go:build !race

package repl

const raceBuild = false
