// An enum with a String method asserted to fmt.Stringer, beside another
// int type the program declares but never puts in an interface.
package main

import "fmt"

type ID int

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string { return [...]string{"red", "green"}[c] }

func describe(v any) string {
	if s, ok := v.(fmt.Stringer); ok {
		return "stringer " + s.String()
	}
	return fmt.Sprint("other ", v)
}

func main() {
	var next ID = 3
	fmt.Println(describe(Green), describe(2.5), next+1)
}
