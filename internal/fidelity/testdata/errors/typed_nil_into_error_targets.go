package main

import "fmt"

type E struct{}

func (*E) Error() string { return "E" }

type V int

func (v V) Error() string { return fmt.Sprint("V", int(v)) }

func pair() (*E, *E) { return nil, &E{} }

func main() {
	var err error
	var n int
	var p *E
	err, n = p, 5
	fmt.Println("parallel:", err != nil, n)
	err, n = &E{}, 6
	fmt.Println("parallel:", err, n)
	n, err = 7, V(2)
	fmt.Printf("parallel: %v %T %d\n", err, err, n)
	for _, err = range []*E{nil} {
	}
	fmt.Println("range:", err != nil)
	for _, err = range []V{3} {
	}
	fmt.Printf("range: %v %T\n", err, err)
	src := map[string]*E{}
	dst := map[string]error{}
	var ok bool
	dst["k"], ok = src["q"]
	fmt.Println("element:", dst["k"] != nil, ok)
	m := map[string]error{}
	m["a"], m["b"] = pair()
	fmt.Println("elements:", m["a"] != nil, m["b"])
}
