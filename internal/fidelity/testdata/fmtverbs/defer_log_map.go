package main

import (
	"fmt"
	"log"
	"os"
)

type Temp int

func (t Temp) String() string { return fmt.Sprintf("%d°C", int(t)) }

type List []int

func (l List) String() string { return fmt.Sprintf("list of %d", len(l)) }

// Deferred prints read maps, slices and pointers when they run, as Go's
// do: what the function put in them after the defer statement shows.
func show() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	m := map[string]Temp{}
	defer fmt.Println("map:", m)
	defer log.Println("log:", m)
	defer log.Printf("logf: %v %d", m, m)
	s := []Temp{1}
	defer fmt.Printf("slice: %v %d\n", s, s)
	p := &List{1}
	defer fmt.Println("ptr:", p)
	m["a"] = 20
	s[0] = 5
	*p = append(*p, 2, 3)
	m = nil // the deferred calls hold the map itself
}

func main() {
	show()
}
