// A switch without clauses runs its init statement and evaluates its tag
// (the interpreter ran neither).
package main

import "fmt"

func v() int { fmt.Println("v called"); return 1 }

func main() {
	x := 0
	switch x = v(); {
	}
	switch v() {
	}
	var y any = 3
	switch y.(type) {
	}
	switch z := 2; z + v() {
	}
	fmt.Println(x)
}

// Output:
// v called
// v called
// v called
// 1
