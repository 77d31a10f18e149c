// Dereferenced pointers of a type with methods passed as any, several in
// one expression (a dispatcher's arguments).
package main

import (
	"fmt"
	"strings"
)

type Cmd struct {
	Name string
	Args []string
}

func (c Cmd) String() string { return c.Name + " " + strings.Join(c.Args, " ") }

func describe(v any) string { return fmt.Sprintf("%T:%v", v, v) }

func main() {
	c := &Cmd{"rename", []string{"x", "y"}}
	fmt.Println(describe(*c), describe(*c))
	parts := []string{describe(*c), describe(*c)}
	fmt.Println(len(parts), parts[1])
	fmt.Println(describe(*c) + "|" + describe(*c))
	c.Args = nil
	fmt.Println(describe(*c))
}
