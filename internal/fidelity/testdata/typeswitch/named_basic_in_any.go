package main

import "fmt"

// A named type whose underlying type is basic, held in an interface, is not
// its underlying type: not equal to a constant, not the same map key.
type Celsius float64

type Status string

func main() {
	var t any = Celsius(21.5)
	var s any = Status("ok")
	fmt.Println(t == 21.5, s == "ok", s == any(Status("ok")))
	seen := map[any]string{21.5: "float", "ok": "string"}
	fmt.Printf("%q %q\n", seen[t], seen[s])
	fmt.Printf("%T %T\n", t, s)
}
