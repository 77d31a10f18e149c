// Package variables initialized by a comma-ok map index or receive: yaegi
// refused them with "nil type"; through a function literal they run.
package main

import "fmt"

type Port int

var defaults = map[string]Port{"http": 80, "https": 443}

var httpPort, hasHTTP = defaults["http"]
var ftpPort, hasFTP = defaults["ftp"]

func ready() chan string {
	c := make(chan string, 1)
	c <- "up"
	return c
}

var state, open = <-ready()

func main() {
	fmt.Println(httpPort, hasHTTP, ftpPort, hasFTP, state, open)
}

// Output:
// 80 true 0 false up true
