package main

import (
	"fmt"
	"runtime"
)

// header returns the first four bytes of b as an array.
func header(b []byte) (h [4]byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				err = fmt.Errorf("header: %w", re)
				return
			}
			panic(r)
		}
	}()
	return [4]byte(b), nil
}

func main() {
	fmt.Println(header([]byte("GIF89a")))
	fmt.Println(header([]byte("GI")))
	size := -1
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = make(chan int, size)
}
