// A map keyed by any, with keys of a struct type with methods put in by
// a composite literal, an index and through interfaces: one key each.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

func main() {
	seen := map[any]int{Point{0, 0}: 1, "label": 2}
	seen[Point{1, 1}]++
	var k any = Point{1, 1}
	seen[k] += 10
	keys := []any{Point{0, 0}}
	delete(seen, keys[0])
	v, ok := seen[Point{1, 1}]
	fmt.Println(len(seen), v, ok, seen["label"])
	delete(seen, "label")
	fmt.Println(seen)
}

// Output:
// 2 11 true 2
// map[P(1,1):11]
