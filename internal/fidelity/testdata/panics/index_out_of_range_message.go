package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println(r)
		if e, ok := r.(error); ok {
			fmt.Println("error:", e.Error())
		}
	}()
	s := []int{}
	i := 3
	fmt.Println(s[i])
}
