package main

import "fmt"

// Labels declared among the statements of switch, type switch and select
// cases: continue and break of a labelled loop there, goto a label there.
func main() {
	q := make(chan int, 1)
	q <- 5
	select {
	case v := <-q:
	inner:
		for i := 0; i < 3; i++ {
			for j := 0; j < 3; j++ {
				if j == 1 {
					continue inner
				}
				fmt.Println(v, i, j)
			}
		}
	}

	for n := range 4 {
		switch {
		case n%2 == 0:
			if n == 2 {
				goto even
			}
			fmt.Println(n, "zero")
		even:
			fmt.Println(n, "even")
			fallthrough
		default:
			fmt.Println(n, "after")
		}
	}

	var x any = []string{"a", "b", "c"}
	switch v := x.(type) {
	case []string:
	scan:
		for i, s := range v {
			switch s {
			case "b":
				break scan
			}
			fmt.Println(i, s)
		}
	}
}
