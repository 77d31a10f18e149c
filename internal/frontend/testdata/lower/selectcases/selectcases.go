// A select runs as Go's: goroutines running the same select statement at
// once each wait on their own channels and receive their own values
// (yaegi filled one list of cases per statement, and 100 workers
// deadlocked); values of interfaces and of the program's types are
// received as they were sent; case variables are assigned after the
// choice; break leaves the select, break L the loop, and a labeled
// select keeps its label.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type point struct{ X, Y int }

type shape interface{ Area() int }

type rect struct{ W, H int }

func (r rect) Area() int { return r.W * r.H }

func first[T any](a, b chan T) T {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return v
	}
}

func main() {
	// 100 workers, each with its own channel, and a quit channel.
	const workers = 100
	var wg sync.WaitGroup
	sums := make([]int, workers)
	ins := make([]chan int, workers)
	for w := range workers {
		ins[w] = make(chan int)
	}
	quit := make(chan struct{})
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case v := <-ins[w]:
					sums[w] += v
				case <-quit:
					return
				}
			}
		}()
	}
	for range 20 {
		for w := range workers {
			ins[w] <- w
		}
	}
	close(quit)
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	fmt.Println("workers:", total, sums[99])

	// Non-blocking sends from many goroutines, each to its own channel.
	outs := make([]chan int, 50)
	for i := range outs {
		outs[i] = make(chan int, 1)
	}
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 3 {
				select {
				case outs[i] <- i*10 + j:
				default:
				}
			}
		}()
	}
	wg.Wait()
	got := 0
	for i := range outs {
		if <-outs[i] == i*10 {
			got++
		}
	}
	fmt.Println("non-blocking sends:", got)

	// Interfaces and the program's own types.
	shapes := make(chan shape, 1)
	points := make(chan point, 1)
	errs := make(chan error, 1)
	shapes <- rect{2, 3}
	for range 3 {
		select {
		case s := <-shapes:
			fmt.Println("shape", s.Area())
			points <- point{1, 2}
		case p := <-points:
			fmt.Println("point", p.X+p.Y)
			errs <- errors.New("boom")
		case err := <-errs:
			fmt.Println("error", err)
		}
	}

	// Assigned after the choice, into a map and a closed channel's zero.
	m := map[string]int{}
	var ok bool
	done := make(chan int)
	close(done)
	var nilch chan int
	select {
	case m["k"], ok = <-done:
	case <-nilch:
		fmt.Println("a nil channel is never ready")
	}
	fmt.Println(m, ok)

	// break leaves the select; break L the loop; a labeled select.
	ch := make(chan int, 10)
	for i := range 5 {
		ch <- i
	}
	n := 0
loop:
	for {
		select {
		case v := <-ch:
			if v == 1 {
				break
			}
			if v == 3 {
				break loop
			}
			n += 10
		}
		n++
	}
	fmt.Println("n", n)
sel:
	select {
	case v := <-ch:
		if v == 4 {
			break sel
		}
		fmt.Println("not reached")
	}

	// Closures keep each run's variable.
	var fs []func() int
	for i := range 3 {
		ch <- i
		select {
		case v := <-ch:
			fs = append(fs, func() int { return v })
		}
	}
	var vs []int
	for _, f := range fs {
		vs = append(vs, f())
	}
	fmt.Println(vs)

	// A generic function's select, and sends of constants.
	a, b := make(chan float64, 1), make(chan float64)
	select {
	case a <- 2:
	case b <- 3:
	}
	fmt.Println("first", first(a, b))

	// A send on a closed channel panics, as in Go.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c := make(chan int)
		close(c)
		select {
		case c <- 1:
		case <-nilch:
		}
	}()

	// Selects of several goroutines with their own timeouts.
	results := make(chan string, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := make(chan int, 1)
			if i%2 == 0 {
				mine <- i
			}
			select {
			case v := <-mine:
				results <- fmt.Sprint("got ", v)
			default:
				results <- fmt.Sprint("none ", i)
			}
		}()
	}
	wg.Wait()
	close(results)
	var rs []string
	for r := range results {
		rs = append(rs, r)
	}
	sort.Strings(rs)
	fmt.Println(rs)

	// Three cases on channels of one type and a quit channel, many
	// goroutines at once; four cases, one of each kind, and a default.
	in, in2, sums3 := make(chan int), make(chan int), make(chan int)
	quit3 := make(chan struct{})
	for range 4 {
		go func() {
			total := 0
			for {
				select {
				case v := <-in:
					total += v
				case v, ok := <-in2:
					if ok {
						total += 10 * v
					}
				case <-quit3:
					sums3 <- total
					return
				}
			}
		}()
	}
	for i := range 50 {
		in <- i
		in2 <- i
	}
	close(quit3)
	total3 := 0
	for range 4 {
		total3 += <-sums3
	}
	fmt.Println("three cases:", total3)
	full, empty := make(chan int, 1), make(chan int)
	var names chan string
	full <- 5
	for i := range 3 {
		select {
		case v := <-full:
			fmt.Println("four cases: full", v)
		case v, ok := <-empty:
			fmt.Println("four cases: empty", v, ok)
		case names <- "x":
			fmt.Println("four cases: sent", <-names)
		case empty <- 1:
			fmt.Println("four cases: not reached")
		default:
			fmt.Println("four cases: default")
		}
		full, names = nil, nil
		if i == 0 {
			names = make(chan string, 1)
		}
	}

	fmt.Println("goto target:", gotoTarget())
}

// gotoTarget runs a select a goto names in many goroutines at once: each
// keeps its own channel; break L leaves it.
func gotoTarget() int {
	results := make(chan int)
	stop := make(chan struct{})
	for w := 1; w <= 50; w++ {
		go func() {
			own := make(chan int, 2)
			own <- w
			own <- -w
		again:
			select {
			case v := <-own:
				if v < 0 {
					break again
				}
				results <- v
				goto again
			case <-stop:
			}
		}()
	}
	total := 0
	for range 50 {
		total += <-results
	}
	close(stop)
	return total
}

// Output:
// workers: 99000 1980
// non-blocking sends: 50
// shape 6
// point 3
// error boom
// map[k:0] false
// n 23
// [0 1 2]
// first 2
// recovered: send on closed channel
// [got 0 got 2 got 4 got 6 got 8 none 1 none 3 none 5 none 7 none 9]
// three cases: 13475
// four cases: full 5
// four cases: sent x
// four cases: default
// goto target: 1275
