// Command stdgen writes the interpreter's symbol tables of the Go standard
// library into the current directory (see package internal/stdgen). The
// generated package runs it with
//
//	//go:generate go run github.com/asyncrepl/asyncrepl/internal/cmd/stdgen
package main

import (
	"log"
	"os"

	"github.com/asyncrepl/asyncrepl/internal/stdgen"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("stdgen: ")
	if len(os.Args) > 1 {
		log.Fatal("takes no arguments: run it in the generated package's directory")
	}
	if err := stdgen.Generate(); err != nil {
		log.Fatal(err)
	}
}
