package main

import (
	"errors"
	"fmt"
	"iter"
)

type Conn struct{ id int }

func (c *Conn) Close() {
	if c.id == 2 {
		panic(fmt.Sprintf("close %d: connection reset", c.id))
	}
	fmt.Println("closed", c.id)
}

func Dial(n int) iter.Seq2[int, *Conn] {
	return func(yield func(int, *Conn) bool) {
		for i := range n {
			if !yield(i, &Conn{id: i}) {
				return
			}
		}
	}
}

func ping(n int) (sent int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New(fmt.Sprint("recovered: ", r))
		}
	}()
	for i, c := range Dial(n) {
		defer c.Close()
		fmt.Println("ping", i)
		sent++
	}
	return sent, nil
}

func main() {
	fmt.Println(ping(2))
	fmt.Println(ping(4))
}
