// Package stdlib_bindings holds the yaegi symbol tables of the compiled
// packages asyncrepl's interpreter offers beyond the standard library (whose
// tables are in the std sub-package): the loop package, and logrus for
// scripts that configure logging.
//
// The tables are generated; never edit them by hand. Regenerate with
//
//	go generate ./stdlib_bindings/
//
// after changing the loop package's exported API.
package stdlib_bindings

import "reflect"

//go:generate go run github.com/traefik/yaegi/cmd/yaegi extract github.com/asyncrepl/asyncrepl/loop github.com/sirupsen/logrus

// Symbols maps "import/path/name" to the package's exported symbols, as
// interp.Interpreter.Use takes them.
var Symbols = map[string]map[string]reflect.Value{}
