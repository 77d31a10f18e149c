package main

import (
	"errors"
	"fmt"
)

func flush() error { return errors.New("disk full") }

func save() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("save: %v", r)
		}
	}()
	defer func() {
		if ferr := flush(); ferr != nil {
			panic(ferr)
		}
	}()
	fmt.Println("writing")
	return nil
}

func main() {
	fmt.Println(save())
}
