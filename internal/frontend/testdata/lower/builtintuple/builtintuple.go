// Built-in functions called with the results of another call: copy,
// delete, append and complex.
package main

import "fmt"

func pair(a []byte) ([]byte, []byte)                  { return a, []byte("abc") }
func entry(m map[string]int) (map[string]int, string) { return m, "b" }
func grow(s []int) ([]int, int, int)                  { return s, 7, 8 }
func parts() (float64, float64)                       { return 1, 2 }

func main() {
	a := []byte{1, 2, 3}
	n := copy(pair(a))
	m := map[string]int{"a": 1, "b": 2}
	delete(entry(m))
	s := append(grow([]int{1}))
	fmt.Println(n, a, m, s, complex(parts()))
}

// Output:
// 3 [97 98 99] map[a:1] [1 7 8] (1+2i)
