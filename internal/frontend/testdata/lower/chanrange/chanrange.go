// Ranges with a value variable over slices of channels, in a generic
// function and with the key kept.
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

func Merge2[T any](chs []<-chan T) []T {
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
	a := gen[int](1, 2)
	fmt.Println(len(a))
	fmt.Println(Merge2[int]([]<-chan int{gen[int](1, 2), gen[int](3)}))
	fmt.Println(Merge[int](gen[int](1, 2), gen[int](3)))
	subs := map[string]chan int{"ab": make(chan int, 1), "c": make(chan int, 1)}
	for name, ch := range subs {
		ch <- len(name)
	}
	total := 0
	for _, ch := range subs {
		total += <-ch
	}
	fmt.Println(total)
}

// Output:
// 2
// [1 2 3]
// [1 2 3]
// 3
