package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1
}

func tracked(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func nested() {
	defer tracked("nested")()
	fmt.Println("in nested")
}

type closer struct{ name string }

func (c *closer) Close() error {
	fmt.Println("closing", c.name)
	if c.name == "b" {
		return errors.New("close b failed")
	}
	return nil
}

func useResources() (err error) {
	for _, n := range []string{"a", "b", "c"} {
		c := &closer{n}
		defer func() {
			if cerr := c.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	return nil
}

func argsEvaluated() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	fmt.Println("x now", x)
}

func recoverToResult() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			n = -1
		}
	}()
	var s []int
	n = s[3]
	return n, nil
}

type stack struct{ items []string }

func (s *stack) push(v string) { s.items = append(s.items, v) }

func methodDefer() {
	s := &stack{}
	defer fmt.Println("items at defer time:", len(s.items))
	defer func() { fmt.Println("items at exit:", s.items) }()
	s.push("x")
	s.push("y")
}

func main() {
	order()
	fmt.Println(double(4))
	nested()
	fmt.Println(useResources())
	argsEvaluated()
	fmt.Println(recoverToResult())
	methodDefer()
}
