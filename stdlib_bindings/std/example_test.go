package std_test

import (
	"fmt"

	"github.com/asyncrepl/asyncrepl/stdlib_bindings/std"
)

// A type checker that knows Go's API asks the tables whether the
// interpreter can use a member, and why not.
func ExampleHas() {
	fmt.Println(std.Has("strings", "Lines"))
	fmt.Println(std.Has("slices", "Sort"))
	fmt.Println(std.Missing("slices", "Sort"))
	fmt.Println(std.Missing("plugin", "Open"))
	// Output:
	// true
	// false
	// slices.Sort is generic: the interpreter cannot call compiled generic code
	// package plugin is not available: it loads compiled plugins into the process, which the interpreted program cannot use, and linking it changes how the binary is linked
}

func ExampleKey() {
	key, _ := std.Key("math/rand/v2")
	fmt.Println(key, len(std.Symbols[key]) > 0)
	// Output:
	// math/rand/v2/rand true
}
