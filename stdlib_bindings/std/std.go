// Package std holds the interpreter's symbol tables of the Go standard
// library, generated from the installed toolchain: every public package of
// `go list std` (internal, vendored and command packages aside) except the
// few in Unavailable, each with every exported constant, variable, function
// and type that is not generic, and the interface wrappers through which
// interpreted values satisfy the package's interfaces.
//
// The tables are generated; never edit them by hand. Regenerate with
//
//	go generate ./stdlib_bindings/...
//
// after a new Go release. A session passes Symbols to the interpreter's Use
// in one call: the interpreter then points fmt, log, os and flag at its own
// standard streams (its Options.Stdout, Stderr and Stdin), and compiles its
// own source of the generic functions of cmp, maps and slices.
//
// What is left out, on purpose:
//   - Generic functions and types, and constraint interfaces (slices.Sort,
//     maps.Keys, iter.Seq, unique.Make, weak.Pointer, cmp.Ordered):
//     compiled generic code cannot be called through reflection. Generic
//     reports them; packages made only of them (iter, unique, weak, cmp,
//     maps, slices, structs aside from HostLayout) import with few or no
//     members.
//   - The packages in Unavailable, with the reason.
//   - Some members of syscall (see Missing): those that end, replace,
//     signal or trace processes, and raw system calls. syscall is
//     generated for linux/amd64 and is unavailable elsewhere.
//
// And replaced, as in yaegi's own tables, so that interpreted code cannot
// end the process by accident: os.Exit panics with "os.Exit(code)" (a
// session replaces it with its own), os.FindProcess refuses the process
// itself, and log.Fatal, Fatalf, Fatalln and the Fatal methods of the
// loggers log.New makes (a *log.Logger to interpreted code) panic with the
// message instead of exiting.
package std

import (
	"reflect"
	"slices"

	// time/tzdata has no API, only its effect: the time zone database
	// embedded, for interpreted programs that import it to have one.
	_ "time/tzdata"
)

//go:generate go run github.com/asyncrepl/asyncrepl/internal/cmd/stdgen

// Symbols maps "import/path/name" to the package's exported symbols, as
// interp.Interpreter.Use takes them. The entry "." holds MapTypes.
var Symbols = map[string]map[string]reflect.Value{}

// Packages returns the import paths of the packages in Symbols, sorted.
func Packages() []string {
	paths := make([]string, 0, len(names))
	for p := range names {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	return paths
}

// Key returns the key of the package at path in Symbols ("math/rand/v2"
// has "math/rand/v2/rand"), and whether Symbols has the package.
func Key(path string) (string, bool) {
	name, ok := names[path]
	if !ok {
		return "", false
	}
	return path + "/" + name, true
}

// Has reports whether interpreted code can use the member name of the
// package at path: whether the package's table has it. Generic members,
// excluded members and the members of unavailable packages are not there.
// Methods are not members: the interpreter finds the methods of compiled
// types by reflection, all of them.
//
// The interpreter also compiles yaegi's own Go 1.22 source of some generic
// functions of cmp, maps and slices (slices.Contains, cmp.Compare); Has
// does not report those, Generic does.
func Has(path, name string) bool {
	key, ok := Key(path)
	if !ok {
		return false
	}
	_, ok = Symbols[key][name]
	return ok
}

// Generic reports whether name is a generic function or type, or a
// constraint interface, of the package at path in Go's API: a member the
// tables leave out.
func Generic(path, name string) bool {
	_, ok := slices.BinarySearch(generic[path], name)
	return ok
}

// Excluded reports whether the member name of the package at path is left
// out of the tables on purpose (see Missing for why).
func Excluded(path, name string) bool {
	_, ok := slices.BinarySearch(excluded[path], name)
	return ok
}

// Missing says why interpreted code cannot use the member name of the
// package at path, given that Go's API has it: the package is unavailable,
// the member is generic, or it is excluded on purpose. It returns "" when
// Has(path, name).
func Missing(path, name string) string {
	switch {
	case Has(path, name):
		return ""
	case Unavailable[path] != "":
		return "package " + path + " is not available: " + Unavailable[path]
	case Generic(path, name):
		return path + "." + name + " is generic: the interpreter cannot call compiled generic code"
	case Excluded(path, name):
		return path + "." + name + " is left out: " + excludedWhy[path]
	}
	return path + "." + name + " is not in the interpreter's tables"
}
