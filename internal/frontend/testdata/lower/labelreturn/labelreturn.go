// A label on a bare return, reached by a goto and another way (the
// statement before it, a break out of a loop, another goto): the
// interpreter's process died of a stack overflow when the function ran.
package main

import "fmt"

// firstNegative leaves the loop by break or goto, to a return of its
// named results.
func firstNegative(xs []int) (i int, found bool) {
	for i = 0; i < len(xs); i++ {
		if xs[i] < 0 {
			found = true
			goto done
		}
		if xs[i] == 0 {
			break
		}
	}
done:
	return
}

// sign gives its result in one of three branches, two of them by goto.
func sign(x int) (s string) {
	if x > 0 {
		s = "+"
		goto out
	}
	if x < 0 {
		s = "-"
		goto out
	}
	s = "0"
out:
	return
}

// visit returns from a labeled block of a function without results.
func visit(n int) {
	if n > 2 {
		goto end
	}
	fmt.Println("visit", n)
end:
	{
		return
	}
}

// retry labels its loop and breaks out of it by that label.
func retry(limit int) (tries int) {
Loop:
	for {
		if tries >= limit {
			break Loop
		}
		tries++
		if tries == 2 {
			goto stop
		}
	}
stop:
	return
}

func main() {
	fmt.Println(firstNegative([]int{3, 1, -4, 1}))
	fmt.Println(firstNegative([]int{3, 0, -4}))
	fmt.Println(firstNegative(nil))
	fmt.Println(sign(5), sign(-5), sign(0))
	visit(1)
	visit(3)
	fmt.Println(retry(1), retry(5))
}

// Output:
// 2 true
// 1 false
// 0 false
// + - 0
// visit 1
// 1 2
