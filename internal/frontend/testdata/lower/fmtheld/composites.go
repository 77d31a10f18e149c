// Slices, arrays and maps of the program's types held in interfaces: the
// interpreter holds them bare, as their representation ([]int), so fmt
// printed [1 2] where Go calls String on each element. And a slice of a
// byte type with a String method, printed with %v: element by element.
package main

import "fmt"

type Suit int

func (s Suit) String() string { return [...]string{"spades", "hearts", "clubs"}[s] }

type Perm uint8

func (p Perm) String() string { return fmt.Sprintf("p%d", uint8(p)) }

func main() {
	var x any = []Suit{1, 2}
	fmt.Println(x)
	m := map[string]any{"hand": [2]Suit{0, 1}, "by": map[string]Suit{"a": 2}}
	fmt.Println(m)
	fmt.Printf("%v %d\n", []any{x}, x)
	perms := []Perm{1, 6}
	fmt.Println(perms)
	fmt.Printf("%v %d\n", perms, perms)
}

// Output:
// [hearts clubs]
// map[by:map[a:clubs] hand:[spades hearts]]
// [[hearts clubs]] [1 2]
// [p1 p6]
// [p1 p6] [1 6]
