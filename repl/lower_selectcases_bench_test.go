package repl_test

import "testing"

// BenchmarkSelectLoop measures a select run 10,000 times in a loop (see
// lower_selectcases.go): a receive from one of two buffered channels, a
// receive with ok, and a send with a default. Compare a build with the
// pass and one without with benchstat.
func BenchmarkSelectLoop(b *testing.B) {
	decls := []string{
		`func selects() int {
	a, b, out := make(chan int, 1), make(chan int, 1), make(chan int, 1)
	n := 0
	for i := 0; i < 10000; i++ {
		a <- i
		select {
		case v := <-a:
			n += v
		case v, ok := <-b:
			if ok {
				n -= v
			}
		}
		select {
		case out <- i:
		default:
			n += <-out
		}
	}
	return n
}`,
	}
	benchInput(b, decls, "selects()")
}

// BenchmarkSelectLoop3 is BenchmarkSelectLoop for a select of three
// receives, two of channels of int and one of a quit channel.
func BenchmarkSelectLoop3(b *testing.B) {
	decls := []string{
		`func selects3() int {
	a, b, done := make(chan int, 1), make(chan int, 1), make(chan struct{})
	n := 0
	for i := 0; i < 10000; i++ {
		a <- i
		select {
		case v := <-a:
			n += v
		case v := <-b:
			n -= v
		case <-done:
			return n
		}
	}
	return n
}`,
	}
	benchInput(b, decls, "selects3()")
}
