package main

import "fmt"

type Engine struct{ HP int }

func (e *Engine) Boost() { e.HP += 10 }

type Car struct {
	*Engine
	Model string
}

func main() {
	c := Car{&Engine{100}, "x"}
	c.Boost()
	fmt.Println(c.HP, c.Engine.HP)
}
