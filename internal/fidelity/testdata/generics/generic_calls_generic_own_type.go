package main

import "fmt"

type Number interface {
	~int | ~float64
}

type Celsius float64

type Score int

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Avg[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum[T](xs)) / float64(len(xs))
}

func Largest[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Clamp[T Number](x, lo, hi T) T {
	return Largest(lo, Smallest[T](x, hi))
}

func Smallest[T Number](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func Describe[T fmt.Stringer](items map[string]*T) []string {
	var out []string
	for k, v := range items {
		out = append(out, k+"="+Show(v))
	}
	return out
}

func Show[T fmt.Stringer](p *T) string { return (*p).String() }

type Temp struct{ c Celsius }

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t.c)) }

func main() {
	temps := []Celsius{20.5, 22, 19.5}
	fmt.Println(Sum(temps), Avg(temps))
	scores := []Score{3, 4, 8}
	fmt.Println(Avg(scores), Clamp[Score](12, 0, 10), Clamp(Celsius(-3), 0, 30))
	fmt.Println(Describe(map[string]*Temp{"kitchen": {21}}))
}
