// Conversions to a type parameter instantiated with the program's types:
// the average of a []Celsius, a generic parse through a pointer
// constraint.
package main

import (
	"fmt"
	"strconv"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Meters int

type Num interface{ ~int | ~float64 }

func Avg[T Num](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s / T(len(xs))
}

func Scale[T Num](x T, by float64) T { return T(float64(x) * by) }

type Port int

func (p *Port) Parse(s string) error {
	n, err := strconv.Atoi(s)
	*p = Port(n)
	return err
}

type Parser[T any] interface {
	*T
	Parse(string) error
}

func ParseAll[T any, P Parser[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		if err := P(&out[i]).Parse(s); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func main() {
	fmt.Println(Avg([]Celsius{20, 22, 27}), Avg([]Meters{3, 4}), Avg([]float64{1, 2}))
	fmt.Println(Scale(Meters(10), 1.5), Scale(Celsius(10), 0.5))
	fmt.Println(ParseAll[Port]([]string{"80", "443"}))
}
