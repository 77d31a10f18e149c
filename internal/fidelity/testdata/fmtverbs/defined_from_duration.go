package main

import (
	"fmt"
	"time"
)

type Timeout time.Duration

func main() {
	t := Timeout(2 * time.Second)
	fmt.Println(t)
	fmt.Printf("%v %d %T\n", t, t, t)
	var a any = t
	_, ok := a.(fmt.Stringer)
	fmt.Println(ok)
}
