// Deferred method calls in loops (a for loop and one written with goto),
// one of which panics: the recover deferred before them gets the panic,
// and the calls deferred before it still run.
package main

import "fmt"

type conn struct{ id int }

func (c conn) Close() {
	if c.id == 1 {
		panic(fmt.Sprint("close failed for conn ", c.id))
	}
	fmt.Println("closed conn", c.id)
}

func closeAll(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("closeAll: %v", r)
		}
	}()
	for i := 0; i < n; i++ {
		defer conn{i}.Close()
	}
	return nil
}

func closeAllGoto(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("closeAllGoto: %v", r)
		}
	}()
	i := 0
next:
	c := conn{i}
	defer c.Close()
	i++
	if i < n {
		goto next
	}
	return nil
}

func main() {
	fmt.Println(closeAll(3))
	fmt.Println(closeAllGoto(3))
	fmt.Println(closeAll(1))
}
