// An assignment of several values whose calls change a variable the left
// side reads: the compiled program makes the calls first and reads the
// variables where it assigns.
package main

import "fmt"

type Node struct{ val int }

type Base struct{ n int }

type Derived struct{ *Base }

var cur = &Node{}

func advance() int {
	cur = &Node{}
	return 1
}

func main() {
	first := cur
	var n int
	cur.val, n = advance(), 2
	fmt.Println(first.val, cur.val, n)

	buf := []int{0, 0}
	kept := buf
	grow := func() int {
		buf = []int{9, 9, 9}
		return 5
	}
	buf[0], n = grow(), 3
	fmt.Println(buf, kept, n)

	i := 0
	next := func() int {
		i++
		return i * 10
	}
	vals := make([]int, 4)
	vals[i], vals[i+1] = next(), next()
	fmt.Println(vals, i)

	m := map[string]int{}
	old := m
	fresh := func() int {
		m = map[string]int{}
		return 7
	}
	m["k"], n = fresh(), 4
	fmt.Println(m, old, n)

	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)

	rows := []Node{{1}, {2}}
	at := 0
	reshape := func() int {
		at = 1
		rows = append(rows, Node{3})
		return 9
	}
	rows[at].val, n = reshape(), 6
	fmt.Println(rows, at, n)

	d := Derived{&Base{}}
	oldBase := d.Base
	rebase := func() int {
		d.Base = &Base{}
		return 8
	}
	d.n, n = rebase(), 7
	fmt.Println(oldBase.n, d.n, n)

	ch := make(chan int, 1)
	ch <- 6
	slots := []int{0, 0}
	slots[0], n = <-ch, 5
	fmt.Println(slots, n)
}
