package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Inc()           { c.n++ }

func main() {
	c := Counter{name: "hits"}
	c.Inc()
	c.Inc()
	fmt.Println(&c)
	fmt.Printf("%v %s\n", &c, &c)
	cs := []*Counter{{name: "a", n: 1}, {name: "b"}}
	fmt.Println(cs)
	var s fmt.Stringer = &c
	fmt.Println(s.String())
	m := map[string]*Counter{"x": &c}
	fmt.Println(m)
}
