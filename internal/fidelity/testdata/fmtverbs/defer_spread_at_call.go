// A deferred print of a spread slice reads its elements when it runs.
package main

import (
	"fmt"
	"log"
	"os"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func track() {
	path := []any{Point{0, 0}, Point{1, 1}}
	var none []any
	defer fmt.Println(none...)
	defer fmt.Printf("from %v to %v\n", path...)
	defer log.Println(path...)
	path[1] = Point{5, 7}
	fmt.Println("moved")
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	track()
}
