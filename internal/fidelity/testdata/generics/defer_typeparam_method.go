// Methods of a type parameter's value deferred in generic code: a struct
// type argument with value-receiver methods, one with a result, and a
// catcher whose deferred method recovers.
package main

import "fmt"

type Stopper interface{ Stop() string }

type T struct{ n int }

func (t T) Stop() string { fmt.Println("stop", t.n); return "stopped" }

type Catcher interface{ Catch() }

type Log struct{ name string }

func (l Log) Catch() {
	if r := recover(); r != nil {
		fmt.Println(l.name, "caught:", r)
	}
}

func use[C Stopper](c C) {
	defer c.Stop()
	fmt.Println("body")
}

func Protect[C Catcher](c C, f func()) {
	defer c.Catch()
	f()
}

func main() {
	use(T{1})
	use(T{2})
	Protect(Log{"job"}, func() { panic("boom") })
	Protect(Log{"quiet"}, func() {})
	fmt.Println("done")
}
