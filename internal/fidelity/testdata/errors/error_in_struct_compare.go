package main

import (
	"errors"
	"fmt"
)

var ErrX = errors.New("x")

func main() {
	a := errors.New("x")
	fmt.Println(a == ErrX, a.Error() == ErrX.Error())
	fmt.Println(errors.Is(fmt.Errorf("%v", ErrX), ErrX))
}
