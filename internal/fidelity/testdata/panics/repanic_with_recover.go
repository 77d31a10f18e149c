package main

import (
	"errors"
	"fmt"
)

func b1() {
	defer func() { fmt.Println("outer1", recover()) }()
	defer func() { r := recover(); panic(fmt.Sprint("re:", r)) }()
	panic("first")
}

func b2() {
	defer func() { fmt.Println("outer2", recover()) }()
	defer func() { panic(fmt.Sprint("re:", recover())) }()
	panic("first")
}

func b3() {
	defer func() { fmt.Println("outer3", recover()) }()
	defer func() { panic(recover()) }()
	panic(errors.New("e3"))
}

func b4() {
	defer func() { fmt.Println("outer4", recover()) }()
	defer func() { panic(fmt.Errorf("wrapped: %v", recover())) }()
	panic("x4")
}

func main() {
	b1()
	b2()
	b3()
	b4()
}
