// Command loopvet runs the loopvet analyzers (a dropped loop.Await error,
// see package loopvet) under go vet:
//
//	go build -o bin/ github.com/asyncrepl/asyncrepl/cmd/loopvet
//	go vet -vettool=$PWD/bin/loopvet ./...
//
// go vet prints what it finds as file.go:LINE:COL: message lines and exits
// with status 1. asyncrepl vet runs the same analyzers without go vet, on
// packages or on single files such as go:build ignore programs.
package main

import (
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/asyncrepl/asyncrepl/loopvet"
)

func main() { unitchecker.Main(loopvet.Analyzers...) }
