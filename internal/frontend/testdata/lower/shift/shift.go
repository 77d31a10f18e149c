// An untyped constant shifted by a variable takes the type its context
// gives it: a named uint8, a uint64 result, a conversion.
package main

import "fmt"

type Perm uint8

const one = 1

func mask(n uint) uint64 { return 1 << n }

func main() {
	i, n := 2, uint(63)
	var p Perm = 7
	fmt.Println(p&(1<<i) != 0, mask(n), 1<<i, int8(one<<i))
	var m uint64 = 1<<n | one<<(n-1)
	var f = 1 << i
	fmt.Printf("%d %T %T\n", m, f, Perm(1)<<i)
}

// Output:
// true 9223372036854775808 4 4
// 13835058055282163712 int main.Perm
