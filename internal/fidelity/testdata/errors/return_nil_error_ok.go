package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	fmt.Println(mayFail(false) == nil, mayFail(true) == nil)
	fmt.Println(mayFail(true))
}
