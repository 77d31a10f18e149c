// Closures in a range over a string: each iteration's offset and rune,
// also where a variable of the same name is declared outside the loop.
package main

import (
	"fmt"
	"sync"
)

var i = 7

func main() {
	var fs []func() string
	for i, r := range "aé世" {
		fs = append(fs, func() string { return fmt.Sprintf("%d:%c", i, r) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println("| outer i:", i)

	r := 'x'
	var ptrs []*int
	for i, r := range "héllo" {
		ptrs = append(ptrs, &i)
		func() { fmt.Print(i, string(r), " ") }()
	}
	fmt.Println("|", *ptrs[0], *ptrs[len(ptrs)-1], string(r))

	out := make([]int, 3)
	var wg sync.WaitGroup
	for k := range "abc" {
		wg.Add(1)
		go func(k int) { defer wg.Done(); out[k] = k + 10 }(k)
	}
	wg.Wait()
	fmt.Println(out)

	type Name string
	for off := range Name("ü!") {
		defer func() { fmt.Println("deferred", off) }()
	}
}
