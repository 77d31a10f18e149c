package main

import "fmt"

// Keys of different types in one map of any keys, and == between values
// held in interfaces: a program with no two types of one shape.
type Point struct{ X, Y int }

type Pair struct {
	Key   string
	Count int
}

func main() {
	m := map[any]string{3: "int", "3": "string", 3.0: "float64", Point{1, 2}: "point", Pair{"a", 1}: "pair"}
	for _, k := range []any{3, "3", 3.0, Point{1, 2}, Pair{"a", 1}, Point{2, 1}, int64(3)} {
		fmt.Printf("%v: %q\n", k, m[k])
	}
	var a, b any = Point{1, 2}, Point{1, 2}
	fmt.Println(a == b, a == Point{1, 2}, a != Pair{"a", 1}, a == 3)
	delete(m, 3)
	fmt.Println(len(m))
}
