package main

import (
	"errors"
	"fmt"
)

type Op struct{ Name string }

func (o *Op) Error() string { return o.Name }

var ErrSentinel = &Op{"sentinel"}

func find() error { return ErrSentinel }

func none() error { return nil }

func main() {
	err := find()
	fmt.Println(err == ErrSentinel, ErrSentinel == err, err != ErrSentinel, errors.Is(err, ErrSentinel))
	fmt.Println(none() == ErrSentinel)
	var a any = ErrSentinel
	fmt.Println(a == ErrSentinel, ErrSentinel != a)
	other := &Op{"sentinel"}
	fmt.Println(err == other, a == other)

	orig := &Op{"x"}
	var e error = orig
	fmt.Println(e == orig)
	var target *Op
	ok := errors.As(fmt.Errorf("ctx: %w", e), &target)
	fmt.Println(ok, target == orig)

	var np *Op
	var en error = np
	fmt.Println(en == np, en != nil)
}
