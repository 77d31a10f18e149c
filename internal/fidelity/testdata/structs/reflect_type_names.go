// Asking reflection about your own types: names, kinds, fields.
package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Points []Point
	origin *Point
}

func describe(v any) {
	t := reflect.TypeOf(v)
	fmt.Printf("%-14s name=%q kind=%s pkg=%q\n", t, t.Name(), t.Kind(), t.PkgPath())
}

func main() {
	describe(Point{1, 2})
	describe(&Point{})
	describe([]Point{})
	describe(map[string]*Shape{})
	describe(Shape{})
	describe(42)
	describe("text")

	t := reflect.TypeOf(Shape{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Type.Kind())
	}
	fmt.Println(reflect.TypeOf(Point{}) == reflect.TypeOf(Point{3, 4}))
	fmt.Println(reflect.TypeOf(Point{}).String())

	type local struct{ N int }
	fmt.Println(reflect.TypeOf(local{}), reflect.TypeOf([]local{}).Elem().Name())
	fn := func(p Point, n ...int) (string, error) { return "", nil }
	fmt.Println(reflect.TypeOf(fn))
}
