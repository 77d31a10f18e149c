package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

func main() {
	cs := []Counter{{name: "a"}, {name: "b"}}
	for _, c := range cs {
		c.Inc()
	}
	fmt.Println(cs[0].Get(), cs[1].Get())
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs[0].Get(), cs[1].Get())
	ps := []*Counter{{name: "x"}, {name: "y"}}
	for _, p := range ps {
		p.Inc()
		p.Inc()
	}
	fmt.Println(*ps[0], ps[1].Get())
	m := map[string]*Counter{"k": {name: "k"}}
	m["k"].Inc()
	fmt.Println(m["k"].n)
	arr := [2]Counter{}
	arr[1].Inc()
	brr := arr
	brr[1].Inc()
	fmt.Println(arr[1].n, brr[1].n)
	inc := cs[0].Inc
	inc()
	inc()
	fmt.Println(cs[0].n)
}
