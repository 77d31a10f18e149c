// Reflection of an unexported field: read-only as in Go (CanInterface and
// CanSet false, fmt prints it calling no method), an exported one's value
// printed calling its String method; Print's spacing beside
// reflect.Values holding strings.
package main

import (
	"fmt"
	"reflect"
)

type Color struct{ R, G uint8 }

func (c Color) String() string { return fmt.Sprintf("rgb(%d,%d)", c.R, c.G) }

type Rec struct {
	Pub  Color
	priv Color
	Name string
	note string
}

func main() {
	r := Rec{Color{1, 2}, Color{5, 6}, "n", "secret"}
	v := reflect.ValueOf(r)
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Printf("%-4s %v | %+v | can=%v\n", v.Type().Field(i).Name, f, f, f.CanInterface())
	}
	p := reflect.ValueOf(&r).Elem()
	fmt.Println(p.Field(0).CanSet(), p.Field(1).CanSet(), p.Field(3).String())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(p.Field(1).Interface())
	}()
	fmt.Print(reflect.ValueOf("a"), reflect.ValueOf("b"), "\n")
	fmt.Println(fmt.Sprint(reflect.ValueOf("s"), reflect.ValueOf(2)), fmt.Sprint(reflect.ValueOf(Color{7, 8})))
}
