package main

import "fmt"

type Greeter struct{ name string }

func (g Greeter) Hello() string { return "hello " + g.name }

func main() {
	g := Greeter{"ann"}
	f := g.Hello
	g.name = "bob"
	fmt.Println(f(), g.Hello())
}
