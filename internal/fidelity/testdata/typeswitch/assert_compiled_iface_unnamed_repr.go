package main

import "fmt"

type A struct{}
type B struct{ n int }
type C int

func get(i int) any {
	switch i {
	case 0:
		return A{}
	case 1:
		return B{1}
	}
	return C(2)
}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	try(func() { _ = get(0).(fmt.Stringer) })
	try(func() { _ = get(1).(fmt.Stringer) })
	try(func() { _ = get(2).(fmt.Stringer) })
	try(func() { var x any = B{}; _ = x.(error) })
	try(func() { var x any = A{}; _ = x.(error) })
	try(func() { var x any = []B{}; _ = x.(error) })
	try(func() { var x any = map[string]B{}; _ = x.(fmt.Stringer) })
}
