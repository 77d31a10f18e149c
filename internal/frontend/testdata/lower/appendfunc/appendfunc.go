// A function the program declares, appended by its name to a slice of
// functions, is appended as a function value.
package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

func trim(s string) string  { return strings.TrimSpace(s) }
func upper(s string) string { return strings.ToUpper(s) }

func main() {
	var chain []Handler
	chain = append(chain, trim, upper, strings.ToLower)
	f := upper
	chain = append(chain, f)
	s := " go "
	for _, h := range chain {
		s = h(s)
	}
	fmt.Println(s, len(chain))
}

// Output:
// GO 4
