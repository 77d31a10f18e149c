package main

import (
	"fmt"
	"reflect"
)

type User struct{ Name string }
type Admin struct{ Name string }

func sameKind(a, b any) bool { return reflect.TypeOf(a) == reflect.TypeOf(b) }

func main() {
	fmt.Println(sameKind(User{"a"}, User{"b"}))
	fmt.Println(sameKind(User{"a"}, Admin{"a"}))
	fmt.Println(reflect.TypeOf(User{}) == reflect.TypeOf(Admin{}))
}
