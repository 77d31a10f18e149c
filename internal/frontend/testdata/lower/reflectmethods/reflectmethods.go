// The methods of the program's types as reflection gives them: NumMethod,
// Method and MethodByName of a type and of a value (a pointer's set with
// the value's, exported methods only, sorted by name), a method called by
// name, Implements, a method expression of reflect.Type, a call through an
// interface of the program's, and reflect.TypeOf of a value in an any.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Greeter struct{ Name string }

func (g Greeter) Hello(to string) string { return g.Name + " greets " + to }
func (g *Greeter) Rename(n string)       { g.Name = n }
func (g Greeter) String() string         { return "Greeter(" + g.Name + ")" }
func (g Greeter) secret() int            { return 1 }

type Logger struct {
	*Greeter
	Prefix string
}

func (l Logger) Log(s string) string { return l.Prefix + s }

type Temp struct{ C float64 }

func (t Temp) F() float64 { return t.C*9/5 + 32 }

type methoder interface {
	MethodByName(string) (reflect.Method, bool)
}

var method = reflect.Type.Method

func names(t reflect.Type) string {
	var ns []string
	for i := range t.NumMethod() {
		ns = append(ns, method(t, i).Name)
	}
	return strings.Join(ns, ",")
}

func describe(x any) string {
	t := reflect.TypeOf(x)
	return fmt.Sprint(t.Kind(), " ", t.NumMethod())
}

func main() {
	g := Greeter{"ann"}
	fmt.Println(names(reflect.TypeOf(g)), "|", names(reflect.TypeOf(&g)))
	out := reflect.ValueOf(g).MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("bob")})
	fmt.Println(out[0])
	reflect.ValueOf(&g).MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("cy")})
	fmt.Println(g.Name, reflect.ValueOf(g).MethodByName("Rename").IsValid())
	m, _ := reflect.TypeOf(&g).MethodByName("Hello")
	fmt.Println(m.Name, m.Index, m.Type.NumIn(), m.Func.Call([]reflect.Value{reflect.ValueOf(&g), reflect.ValueOf("dee")})[0])
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(reflect.TypeOf(g).Implements(stringer), reflect.TypeOf(Temp{}).Implements(stringer))
	fmt.Println(reflect.ValueOf(Temp{100}).Method(0).Call(nil)[0].Float())
	l := Logger{&g, "> "}
	fmt.Println(names(reflect.TypeOf(Logger{})), reflect.ValueOf(l).MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("eve")})[0])
	var mt methoder = reflect.TypeOf(g)
	_, ok := mt.MethodByName("String")
	fmt.Println(ok)
	fmt.Println(describe(g), describe(&g), describe("s"))
	hello := reflect.ValueOf(g).Method(0).Interface().(func(string) string)
	fmt.Println(hello("fay"))
}

// Output:
// Hello,String | Hello,Rename,String
// ann greets bob
// cy false
// Hello 0 2 cy greets dee
// true false
// 212
// Hello,Log,Rename,String cy greets eve
// true
// struct 2 ptr 3 string 0
// cy greets fay
