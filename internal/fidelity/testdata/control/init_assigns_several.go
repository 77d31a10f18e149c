package main

import "fmt"

func parse(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

func main() {
	var total, last int
	for _, s := range []string{"12", "7", "30"} {
		if total, last = total+parse(s), parse(s); last > 10 {
			fmt.Println("big", last, "total", total)
		}
	}
	var lo, hi int
	for lo, hi = len("abc")-1, parse("9"); lo < hi; lo, hi = lo+1, hi-1 {
	}
	fmt.Println(lo, hi)
	switch total, last = total*2, parse("1"); {
	case total > 90:
		fmt.Println("doubled", total, last)
	}
}
