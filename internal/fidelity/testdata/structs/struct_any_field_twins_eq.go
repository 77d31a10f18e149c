package main

import "fmt"

type Celsius float64

type Reading struct {
	Sensor string
	Value  any
}

func main() {
	a := Reading{"t1", Celsius(21.5)}
	b := Reading{"t1", 21.5}
	fmt.Println(a == b)
	seen := map[Reading]bool{a: true}
	fmt.Println(seen[b], seen[a])
}
