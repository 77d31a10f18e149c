package main

import (
	"errors"
	"fmt"
	"runtime"
)

type board struct {
	cells *[9]byte
}

func (b board) at(i int) (c byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			var re runtime.Error
			if errors.As(r.(error), &re) {
				err = fmt.Errorf("board.at(%d): %v", i, re)
			}
		}
	}()
	return b.cells[i], nil
}

func main() {
	var b board
	_, err := b.at(4)
	fmt.Println(err)
	b.cells = &[9]byte{4: 'x'}
	c, err := b.at(4)
	fmt.Printf("%c %v\n", c, err)
}
