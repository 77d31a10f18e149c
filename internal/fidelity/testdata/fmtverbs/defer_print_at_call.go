package main

import (
	"fmt"
	"sync"
)

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type Config struct {
	Name   string
	Levels map[string]Level
	Tags   []Level
}

type Stack []Level

func (s *Stack) Push(l Level) { *s = append(*s, l) }

func run() (err error) {
	c := Config{Name: "a", Levels: map[string]Level{}}
	defer fmt.Printf("%v | %+v\n", c, c)
	pc := &c
	defer fmt.Println("ptr:", pc)
	var st Stack
	defer fmt.Println("stack:", st, &st)
	for i := 0; i < 2; i++ {
		defer fmt.Println("loop", i, c.Tags)
		c.Tags = append(c.Tags, Level(i))
	}
	c.Levels["x"] = 1
	c.Name = "b"
	st.Push(1)
	st.Push(0)
	var wg sync.WaitGroup
	wg.Add(1)
	ls := []Level{0}
	go func() { defer wg.Done(); fmt.Println("goroutine sees", ls) }()
	wg.Wait()
	arr := [2][]Level{{0}, {1}}
	defer fmt.Println("arr:", arr)
	arr[0][0] = 1
	arr[1] = nil
	return nil
}

func main() { run() }
