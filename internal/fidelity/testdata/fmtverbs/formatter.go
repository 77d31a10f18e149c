package main

import "fmt"

type Money int

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "$%d.%02d", int(m)/100, int(m)%100)
	default:
		fmt.Fprintf(f, "%d", int(m))
	}
}

func main() {
	fmt.Printf("%v %d\n", Money(1234), Money(1234))
	fmt.Println(Money(5))
}
