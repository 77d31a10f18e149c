package main

import "fmt"

type account struct {
	owner   string
	balance int
	Tags    []string
}

type ledger struct {
	entries []account
	total   *int
}

func main() {
	a := account{"ann", 10, []string{"vip"}}
	fmt.Printf("%v\n%+v\n%#v\n", a, a, a)
	l := ledger{entries: []account{a}}
	fmt.Printf("%+v\n%#v\n", l, l)
}
