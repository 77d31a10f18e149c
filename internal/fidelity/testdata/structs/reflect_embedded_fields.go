// Reflection of struct types with embedded fields: Anonymous,
// FieldByName through them, VisibleFields, a name two embedded fields
// share at one depth.
package main

import (
	"fmt"
	"reflect"
)

type Base struct {
	ID   int `db:"id"`
	note string
}

type Audit struct{ By string }

type User struct {
	Base
	Name string
	*Audit
}

type Both struct {
	Base
	Audit
}

type Other struct{ ID int }

type Twins struct {
	Base
	Other
}

func main() {
	t := reflect.TypeOf(User{})
	for _, f := range reflect.VisibleFields(t) {
		fmt.Println(f.Name, f.Index, f.Anonymous, f.Tag.Get("db"))
	}
	f, ok := t.FieldByName("note")
	fmt.Println(f.Name, f.Index, ok, f.PkgPath)
	_, ok = reflect.TypeOf(Both{}).FieldByName("ID")
	fmt.Println("found:", ok)
	_, ok = reflect.TypeOf(Twins{}).FieldByName("ID")
	fmt.Println("ambiguous found:", ok, len(reflect.VisibleFields(reflect.TypeOf(Twins{}))))
	v := reflect.ValueOf(User{Base: Base{ID: 7}, Name: "n"})
	fmt.Println(v.FieldByName("ID").Int(), v.FieldByName("Name").String(), v.FieldByName("Nope").IsValid())
	for i := range t.NumField() {
		fmt.Println(t.Field(i).Name, t.Field(i).Anonymous)
	}
}
