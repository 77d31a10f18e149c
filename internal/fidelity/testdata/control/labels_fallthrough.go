package main

import "fmt"

func classify(n int) string {
	out := ""
	switch {
	case n < 0:
		out += "neg "
		fallthrough
	case n == 0:
		out += "nonpos "
	case n > 100:
		out += "big "
		fallthrough
	case n > 10:
		out += "medium "
		fallthrough
	default:
		out += "any"
	}
	return out
}

func main() {
	for _, n := range []int{-5, 0, 5, 50, 500} {
		fmt.Printf("%d: %s\n", n, classify(n))
	}

	grid := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
			if v%2 == 0 {
				continue outer
			}
			fmt.Println("visit", v)
		}
	}

	count := 0
loop:
	for {
		switch {
		case count >= 3:
			break loop
		default:
			count++
		}
	}
	fmt.Println("count", count)

	primes := []int{}
next:
	for n := 2; len(primes) < 8; n++ {
		for _, p := range primes {
			if n%p == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	switch x := 3; x {
	case 1, 2:
		fmt.Println("small")
	case 3:
		fmt.Println("three")
		fallthrough
	case 4:
		fmt.Println("four-ish")
	case 5:
		fmt.Println("five")
	}

	i := 0
again:
	if i < 3 {
		fmt.Print(i, " ")
		i++
		goto again
	}
	fmt.Println()
}
