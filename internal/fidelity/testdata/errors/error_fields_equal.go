package main

import (
	"errors"
	"fmt"
	"reflect"
)

type SErr string

func (s SErr) Error() string { return string(s) }

type ValidationError struct{ Field string }

func (v ValidationError) Error() string { return "invalid " + v.Field }

type Result struct {
	N   int
	Err error
}

func run(s string) Result { return Result{len(s), SErr("bad " + s)} }

// Values holding errors of value types compared with == and
// reflect.DeepEqual, as table-driven checks do.
func main() {
	a := Result{1, SErr("x")}
	b := Result{1, SErr("x")}
	fmt.Println(a == b, a.Err == b.Err, a == Result{1, SErr("y")})
	fmt.Println(run("x") == Result{1, SErr("bad x")})
	arr1 := [2]error{SErr("p"), nil}
	arr2 := [2]error{SErr("p"), nil}
	fmt.Println(arr1 == arr2, arr1 == [2]error{nil, SErr("p")})
	var e1 error = ValidationError{"a"}
	var e2 error = ValidationError{"a"}
	fmt.Println(reflect.DeepEqual(e1, e2), reflect.DeepEqual(e1, ValidationError{"b"}))
	fmt.Println(reflect.DeepEqual([]error{e1, nil}, []error{e2, nil}), reflect.DeepEqual(a, b))
	tests := []struct {
		in   string
		want error
	}{{"", ValidationError{"name"}}, {"x", nil}}
	for _, tt := range tests {
		var got error
		if tt.in == "" {
			got = ValidationError{"name"}
		}
		fmt.Println(reflect.DeepEqual(got, tt.want), errors.Is(got, tt.want))
	}
}
