// Refused: a struct with methods held in fmt.Stringer compared with a
// struct value (the interpreter keeps the struct's last field alone).
package main

import "fmt"

type Str struct{ N, M string }

func (s Str) String() string { return "S" + s.N }

func main() {
	var st fmt.Stringer = Str{"x", "y"}
	fmt.Println(st == Str{"x", "y"}, st == Str{"z", "y"})
}
