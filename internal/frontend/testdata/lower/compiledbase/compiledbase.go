// A type defined with a compiled named type has none of its methods: fmt
// prints a number for a Timeout, and a map type's literal works.
package main

import (
	"fmt"
	"net/url"
	"time"
)

type Timeout time.Duration

type Vals url.Values

func main() {
	t := Timeout(2 * time.Second)
	var a any = t
	_, isStringer := a.(fmt.Stringer)
	fmt.Println(t, isStringer, time.Duration(t))
	v := Vals{"a": {"1"}}
	fmt.Println(url.Values(v).Encode())
}

// Output:
// 2000000000 false 2s
// a=1
