package main

import "fmt"

type KeyErr[K comparable] struct{ Key K }

func (e KeyErr[K]) Error() string { return "no key" }

// An instance of a generic error type held as error and as any, asserted
// back to instances: the comma-ok form answers as Go does.
func main() {
	var a any = KeyErr[int]{3}
	k, ok := a.(KeyErr[int])
	fmt.Println(k.Key, ok)
	e, ok := a.(error)
	fmt.Println(e, ok)
	k2, ok := e.(KeyErr[int])
	fmt.Println(k2.Key, ok)
	_, ok = e.(KeyErr[string])
	fmt.Println(ok)
}
