// Built-in calls as the later values of a return of several values: each
// gets a result of its own, not the first one's.
package main

import "fmt"

func size(s string) (bool, int) {
	if s == "" {
		return false, len(s)
	}
	return true, len(s)
}

func grow(s []int) (int, []int)      { return len(s), append(s, 1) }
func three(s string) (int, int, int) { return 7, 8, len(s) }
func boxed(s string) (int, any)      { return 1, cap([]byte(s)[:1]) }
func fresh() (string, *int)          { return "n", new(int) }
func parts() (int, complex128)       { return 1, complex(1, 2) }
func kept(a, b int) (string, int)    { return "max", (max(a, b)) }

func main() {
	fmt.Println(size("ab"))
	fmt.Println(grow([]int{5}))
	fmt.Println(three("abc"))
	_, c := boxed("xyz")
	fmt.Println(c.(int) >= 1)
	_, p := fresh()
	fmt.Println(*p)
	fmt.Println(parts())
	fmt.Println(kept(3, 9))
}

// Output:
// true 2
// 1 [5 1]
// 7 8 3
// true
// 0
// 1 (1+2i)
// max 9
