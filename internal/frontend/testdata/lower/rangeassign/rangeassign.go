// A range assigning to variables declared before it leaves them holding
// the last iteration's values (yaegi left them as they were).
package main

import "fmt"

func main() {
	i := -1
	for i = range [5]struct{}{} {
	}
	k, v := 0, ""
	for k, v = range []string{"a", "b"} {
	}
	fmt.Println(i, k, v)

	m := map[int]int{42: 0}
	for k = range m {
		delete(m, k)
	}
	var r rune
	for _, r = range "héllo" {
	}
	var s struct{ f string }
	ch := make(chan string, 2)
	ch <- "x"
	ch <- "y"
	close(ch)
	for s.f = range ch {
	}
	fmt.Println(k, len(m), string(r), s.f)
}

// Output:
// 4 1 b
// 42 0 o y
