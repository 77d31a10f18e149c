package main

import "fmt"

func Merge[T any](chs ...<-chan T) []T {
	var out []T
	for _, ch := range chs {
		for v := range ch {
			out = append(out, v)
		}
	}
	return out
}

func gen[T any](vs ...T) <-chan T {
	ch := make(chan T, len(vs))
	for _, v := range vs {
		ch <- v
	}
	close(ch)
	return ch
}

func main() {
	fmt.Println(Merge(gen(1, 2), gen(3)))
	fmt.Println(Merge(gen("a"), gen("b", "c")))
}
