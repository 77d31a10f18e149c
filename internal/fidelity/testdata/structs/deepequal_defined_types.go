package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Fahrenheit float64

type Point struct{ X, Y int }

type Vec struct{ X, Y int }

type Tag string

func main() {
	fmt.Println(reflect.DeepEqual(Celsius(10), Fahrenheit(10)))
	fmt.Println(reflect.DeepEqual(Celsius(10), Celsius(10)))
	fmt.Println(reflect.DeepEqual(Point{1, 2}, Vec{1, 2}))
	fmt.Println(reflect.DeepEqual(Point{1, 2}, Point{1, 2}))
	fmt.Println(reflect.DeepEqual([]Tag{"a"}, []string{"a"}))
	fmt.Println(reflect.DeepEqual([]Tag{"a"}, []Tag{"a"}))
	fmt.Println(reflect.DeepEqual(Tag("a"), "a"))
	fmt.Println(reflect.DeepEqual(map[string]Point{"p": {1, 2}}, map[string]Point{"p": {1, 2}}))
}
