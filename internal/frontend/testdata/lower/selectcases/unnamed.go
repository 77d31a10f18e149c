// Selects whose element types cannot be written where they are (a
// variable shadows the type's name): the values go through boxes.
package main

import (
	"fmt"
	"math"
)

type job struct{ n int }

type temp float64

func recvOnly(in <-chan job) {
	job := "recvOnly"
	select {
	case v := <-in:
		fmt.Println(job, v.n)
	}
}

func sendOnly(out chan<- job, v job) {
	job := "sendOnly"
	select {
	case out <- v:
		fmt.Println(job)
	}
}

func closed(c chan job) {
	job := "closed"
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println(job, v.n, ok)
	}
}

func many(a, b, c, d chan temp) (got temp) {
	temp := 0
	a <- temp2(math.Copysign(0, -1))
	select {
	case got = <-a:
		temp = 1
	case got = <-b:
		temp = 2
	case c <- got:
		temp = 3
	case d <- got:
		temp = 4
	}
	fmt.Println("case", temp)
	return got
}

func temp2(f float64) temp { return temp(f) }

func main() {
	c := make(chan job, 1)
	c <- job{4}
	recvOnly(c)
	sendOnly(c, job{5})
	fmt.Println((<-c).n)
	closed(c)
	got := many(make(chan temp, 1), nil, nil, nil)
	fmt.Println(math.Signbit(float64(got)), got)
}

// Output:
// recvOnly 4
// sendOnly
// 5
// closed 0 false
// case 1
// true -0
