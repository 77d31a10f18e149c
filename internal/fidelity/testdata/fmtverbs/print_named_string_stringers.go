package main

import (
	"fmt"
	"log"
	"os"
)

type Color string

func (c Color) String() string { return "col:" + string(c) }

type ErrCode string

func (e ErrCode) Error() string { return "code " + string(e) }

type Bad string

func (b Bad) String() string { panic("no") }

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	fmt.Print(Color("x"), 1, 2, ErrCode("e"), 3, "\n")
	s := fmt.Sprint(1, Color("y"), Bad("b"), 2)
	fmt.Println(s)
	log.Print(Color("z"), 4)
	fmt.Println(Color("w"), 5)
}
