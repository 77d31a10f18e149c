package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

func main() {
	defer func() {
		r := recover()
		if e, ok := r.(E); ok {
			fmt.Println("got E with code", e.code)
		}
		if err, ok := r.(error); ok {
			fmt.Println(err)
		}
	}()
	panic(E{7})
}
