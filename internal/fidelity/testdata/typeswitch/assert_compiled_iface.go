package main

import (
	"errors"
	"fmt"
	"io"
)

type T struct{ N int }

func (T) String() string             { return "tee" }
func (T) Error() string              { return "e" }
func (T) Read(p []byte) (int, error) { return 0, io.EOF }

type P struct{ M int }

func (p *P) String() string { return fmt.Sprint("p", p.M) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func kind(x any) string {
	switch x.(type) {
	case int:
		return "int"
	case fmt.Stringer:
		return "stringer"
	default:
		return "other"
	}
}

func main() {
	var a any = T{}
	_, ok1 := a.(fmt.Stringer)
	_, ok2 := a.(error)
	_, ok3 := a.(io.Reader)
	b := any(&T{})
	_, ok4 := b.(fmt.Stringer)
	fmt.Println(ok1, ok2, ok3, ok4)
	fmt.Println(kind(a), kind(b), kind(1), kind("s"))
	switch a.(type) {
	case int:
		fmt.Println("int")
	case fmt.Stringer:
		fmt.Println("stringer")
	default:
		fmt.Println("default")
	}
	fmt.Println(a.(error).Error(), a.(fmt.Stringer).String())

	// A value type whose pointer has the method is not one.
	var v any = P{1}
	_, okv := v.(fmt.Stringer)
	var p any = &P{2}
	s, okp := p.(fmt.Stringer)
	fmt.Println(okv, okp, s.String())

	temps()

	// Taken out as error and back as T.
	e, _ := a.(error)
	var t T
	fmt.Println(errors.As(e, &t), t.N)
	if tt, ok := e.(T); ok {
		fmt.Println("T again", tt.N)
	}

	defer func() { fmt.Println("recovered:", recover()) }()
	var n any = 3
	_ = n.(fmt.Stringer)
}

// temps asserts a pointer to a type of another kind whose method has a
// value receiver.
func temps() {
	tmp := Temp(21.5)
	var tv any = tmp
	var tp any = &tmp
	_, okt := tv.(fmt.Stringer)
	st, oktp := tp.(fmt.Stringer)
	fmt.Println(okt, oktp, st.String())
}
