// Refused: two fmt.Stringer values compared where they may hold a struct
// of the program's (the interpreter keeps the struct's last field alone).
package main

import "fmt"

type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprint(p.X, p.Y) }

func main() {
	var a, b fmt.Stringer = P{1, 2}, P{3, 2}
	fmt.Println(a == b)
}
