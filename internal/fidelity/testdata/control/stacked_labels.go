package main

import "fmt"

// Two and three labels on one statement: goto the outer, break and
// continue the inner.
func main() {
	n, tries := 0, 0
Again:
Outer:
	for i := range 3 {
		for j := range 3 {
			if j == 1 {
				continue Outer
			}
			n += 10*i + j
		}
	}
	tries++
	if tries < 2 {
		goto Again
	}
	fmt.Println(n, tries)

	k := 0
Top:
Mid:
Sw:
	switch {
	case k < 3:
		k++
		if k == 2 {
			break Sw
		}
		goto Mid
	}
	if k < 3 {
		goto Top
	}
	fmt.Println("k", k)

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
Retry:
Loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break Loop
			}
			fmt.Println("got", v)
		}
	}
	if tries < 3 {
		tries++
		goto Retry
	}
	fmt.Println("done", tries)
}
