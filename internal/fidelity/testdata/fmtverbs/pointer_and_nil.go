package main

import "fmt"

func main() {
	var p *int
	var m map[string]int
	var s []int
	var e error
	var f func()
	fmt.Println(p, m, s, e, f == nil)
	fmt.Printf("%v %v %v %v\n", p, m, s, e)
	fmt.Printf("%#v %#v %#v\n", m, s, e)
}
