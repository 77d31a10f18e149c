package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Tag struct{ N string }

func (t Tag) String() string { return "#" + t.N }

type Rec struct {
	Name string
	T    Tag
	P    *Tag
	L    []Tag
	n    int
	t    Tag
}

func dump(x any) {
	v := reflect.ValueOf(x)
	var b strings.Builder
	for i := 0; i < v.NumField(); i++ {
		var f any = v.Field(i)
		fmt.Fprint(&b, v.Type().Field(i).Name, "=", f, ";")
	}
	fmt.Println(b.String())
	args := []any{v.Field(0), v.Field(1)}
	go func() {}()
	defer fmt.Println(args...)
	args[0] = "changed"
	fmt.Println(v.Field(4), v.Field(5))
	var g any = v.Field(5)
	fmt.Println(g)
	fmt.Printf("%v %s\n", g, g)
}

func main() {
	dump(Rec{"a", Tag{"x"}, &Tag{"p"}, []Tag{{"l"}}, 3, Tag{"h"}})
}
