package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

type V int

func (v V) Error() string { return fmt.Sprint("V", int(v)) }

func main() {
	ch := make(chan *E, 2)
	ch <- nil
	ch <- &E{}
	var err error
	var ok bool
	for range 2 {
		select {
		case err = <-ch:
			fmt.Println(err != nil, err)
		}
	}
	vs := make(chan V, 1)
	vs <- 4
	select {
	case err, ok = <-vs:
		fmt.Printf("%v %T %v\n", err, err, ok)
	}
	close(vs)
	select {
	case err, ok = <-vs:
		fmt.Printf("%v %T %v\n", err, err, ok)
	}
}
