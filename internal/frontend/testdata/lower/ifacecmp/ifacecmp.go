// == and != between interfaces with methods compare the values they hold,
// and panic as Go does on values that cannot be compared.
package main

import "fmt"

type Key interface{ ID() int }

type k1 struct{ n int }

func (k k1) ID() int { return k.n }

type k2 struct{ s []int }

func (k k2) ID() int { return len(k.s) }

type kp struct{ n int }

func (k *kp) ID() int { return k.n }

func main() {
	var a, b Key = k1{1}, k1{1}
	fmt.Println(a == b, a != b, a == k1{1}, a == k1{2})
	b = k1{2}
	fmt.Println(a == b, a != nil)
	p := &kp{3}
	var c, d Key = p, p
	var e Key = &kp{3}
	fmt.Println(c == d, c == e)
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	var f, g Key = k2{}, k2{}
	fmt.Println(f == g)
}

// Output:
// true false true false
// false true
// true false
// recovered: true
