package main

import "fmt"

type Key interface{ ID() int }

type k1 struct{ n int }

func (k k1) ID() int { return k.n }

func main() {
	var a, b Key = k1{1}, k1{1}
	fmt.Println(a == b)
	m := map[Key]string{a: "one"}
	fmt.Println(m[b])
	b = k1{2}
	fmt.Println(a == b, len(m))
}
