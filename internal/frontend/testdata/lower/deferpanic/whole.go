// A deferred function literal is caught whole: a run-time panic in it, or
// one of a method it calls, runs the calls deferred before it too, and a
// literal deferred before it that calls recover gets it.
package main

import "fmt"

type conn struct{ open chan struct{} }

func (c *conn) Close() { close(c.open) }

func shutdown(c *conn) (msg string) {
	defer func() { msg = fmt.Sprint("shutdown: ", recover()) }()
	defer fmt.Println("flushed")
	defer func() {
		c.Close()
	}()
	return "clean"
}

func main() {
	c := &conn{make(chan struct{})}
	fmt.Println(shutdown(c))
	fmt.Println(shutdown(c))
}

// Output:
// flushed
// shutdown: <nil>
// flushed
// shutdown: close of closed channel
