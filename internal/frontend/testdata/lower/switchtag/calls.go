// A case of several expressions that call functions tries each, in order,
// until one matches.
package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"quit", "QUIT", "go"} {
		switch s {
		case strings.ToLower("QUIT"), strings.ToUpper("quit"):
			fmt.Println(s, "quits")
		default:
			fmt.Println(s, "goes on")
		}
	}
}

// Output:
// quit quits
// QUIT quits
// go goes on
