package main

import (
	"errors"
	"fmt"
)

type PE struct{ Line int }

func (p *PE) Error() string { return fmt.Sprint("pe ", p.Line) }

type VE struct{ Code int }

func (v VE) Error() string { return fmt.Sprint("ve ", v.Code) }

type S struct{ N int }

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	r := catch(func() { panic(&PE{2}) })
	pe, ok := r.(*PE)
	fmt.Println(pe, ok)
	e, ok := r.(error)
	fmt.Println(e, ok)
	var target *PE
	fmt.Println(errors.As(e, &target), target)
	switch v := r.(type) {
	case *PE:
		fmt.Println("case *PE", v.Line)
	default:
		fmt.Println("default")
	}
	fmt.Printf("%v %T\n", r, r)
	r = catch(func() { panic(VE{3}) })
	ve, ok := r.(VE)
	fmt.Println(ve, ok, ve.Code)
	_, ok = r.(error)
	fmt.Println(ok)
	r = catch(func() { panic(S{4}) })
	s, ok := r.(S)
	fmt.Println(s, ok)
	r = catch(func() { panic(&S{5}) })
	sp, ok := r.(*S)
	fmt.Println(sp.N, ok)
	r = catch(func() { panic(fmt.Errorf("w: %w", &PE{6})) })
	fmt.Println(errors.As(r.(error), &target), target.Line)
}
