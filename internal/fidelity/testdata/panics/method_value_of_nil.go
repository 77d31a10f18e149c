package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }

type Valuer interface{ Value() int }

func capture(name string, get func() Valuer) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	v := get()
	f := v.Value
	fmt.Println(name, "got a method value")
	fmt.Println(f())
}

func main() {
	var c *Counter
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		f := c.Value // copies *c: a nil c panics here
		fmt.Println("not reached", f())
	}()
	capture("nil interface", func() Valuer { return nil })
	capture("counter", func() Valuer { return Counter{3} })
	var err error
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		msg := err.Error
		fmt.Println("not reached", msg())
	}()
}
