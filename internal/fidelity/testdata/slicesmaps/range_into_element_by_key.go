package main

import "fmt"

type Name string

func (n Name) String() string { return "name=" + string(n) }

func main() {
	m := map[string]string{}
	k := "start"
	for k, m[k] = range map[string]string{"only": "v"} {
	}
	fmt.Println(k, m)
	i := 0
	xs := make([]fmt.Stringer, 3)
	for i, xs[i] = range []Name{"p", "q"} {
		fmt.Println(i, xs)
	}
	var anys [4]any
	j := 1
	for j, anys[j] = range []int{7, 8} {
	}
	fmt.Println(j, anys)
}
