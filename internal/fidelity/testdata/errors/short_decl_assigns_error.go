package main

import (
	"errors"
	"fmt"
	"strconv"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code int

func (c Code) String() string { return "code-" + strconv.Itoa(int(c)) }

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func find(k string) (*NotFound, bool) {
	if k == "x" {
		return &NotFound{k}, false
	}
	return nil, true
}

func pair() (Code, string) { return 7, "seven" }

func main() {
	var err error
	for _, k := range []string{"a", "x", "b"} {
		err, ok := find(k)
		fmt.Println(k, err != nil, ok, err)
	}
	err, found := find("x")
	fmt.Println(err, found, errors.Is(err, err))
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)

	var s fmt.Stringer
	s, name := pair()
	fmt.Printf("%v %s %q\n", s, s, name)

	var sh Shape = Sq{1}
	sh, n := Sq{3}, 2
	fmt.Println(sh.Area(), n)

	var a any = "start"
	a, b := Code(4), Code(5)
	fmt.Println(a, b)

	ch := make(chan Code, 2)
	ch <- 9
	close(ch)
	var c any
	c, more := <-ch
	fmt.Println(c, more)
	c, more2 := <-ch
	fmt.Println(c, more2)

	done := make(chan bool)
	go func() {
		var e error = errors.New("orig")
		e, ok := find("q")
		fmt.Println("goroutine", e != nil, ok)
		done <- true
	}()
	<-done

	var v any = 1.5
	f := func() {
		v, k := strconv.Atoi("12")
		fmt.Println(v, k)
	}
	f()
	fmt.Println(v)

	sel := make(chan int, 1)
	sel <- 3
	select {
	case x := <-sel:
		var out any
		out, extra := Code(x), 1
		fmt.Println(out, extra)
	}
	tries := 0
L:
	a, z := Code(tries), 0
	if tries < 2 {
		tries++
		fmt.Println("label", a, z)
		goto L
	}
}
