package main

import (
	"encoding/json"
	"fmt"
)

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("%d,%d", p.X, p.Y)), nil
}

func main() {
	b, err := json.Marshal(map[Point]string{{1, 2}: "a"})
	fmt.Println(string(b), err)
	b, _ = json.Marshal([]Point{{3, 4}})
	fmt.Println(string(b))
}
