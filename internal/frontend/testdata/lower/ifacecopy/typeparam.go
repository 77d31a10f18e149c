// A type parameter's value converted to an interface of the program with
// methods goes through a function that returns it as the interface (the
// interpreter handed the bare value to the method call).
package main

import (
	"fmt"
	"strconv"
)

type Labeler interface{ Label() string }

type ID int

func (id ID) Label() string { return "#" + strconv.Itoa(int(id)) }

type User struct{ Name string }

func (u User) Label() string { return "@" + u.Name }

func labels[T Labeler](xs []T) []string {
	var out []string
	label := func(x T) string { return Labeler(x).Label() }
	for _, x := range xs {
		out = append(out, label(x))
	}
	return out
}

func main() {
	fmt.Println(labels([]ID{1, 2}), labels([]User{{"ann"}}))
}

// Output:
// [#1 #2] [@ann]
