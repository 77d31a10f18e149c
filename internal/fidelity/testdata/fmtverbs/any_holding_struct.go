package main

import "fmt"

type user struct {
	Name  string
	age   int
	admin bool
}

type Pair struct {
	Key   string
	Value any
}

func describe(x any) string {
	return fmt.Sprintf("%v / %+v", x, x)
}

func main() {
	var u any = user{"ann", 31, true}
	fmt.Println(u)
	fmt.Printf("%+v\n", u)
	fmt.Printf("%#v\n", u)
	fmt.Println(describe(user{"bob", 40, false}))
	pairs := []Pair{{"a", 1}, {"b", user{"cy", 22, false}}, {"c", []int{1, 2}}}
	fmt.Printf("%+v\n", pairs)
}
