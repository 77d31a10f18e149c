package main

import "fmt"

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func work(n int) (result int) {
	defer trace("work")()
	defer func() { result *= 10 }()
	for i := 0; i < n; i++ {
		func() {
			defer func() { result += i }()
		}()
	}
	return result
}

func main() {
	fmt.Println(work(4))
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	for i := range 3 {
		defer func() { fmt.Print(i, " ") }()
	}
}
