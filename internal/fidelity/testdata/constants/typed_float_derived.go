package main

import "fmt"

type Money float64

type Ratio float32

const rate float64 = 0.07
const half = rate / 2

const (
	Cent Money = 0.01 * (iota + 1)
	TwoCents
	FiveCents = Cent * 5
)

const (
	step float64 = iota * 1.5
	step1
	step2
)

const (
	r1 Ratio = 1.0 / (iota + 2)
	r2
)

func main() {
	var total Money
	for i := 0; i < 3; i++ {
		total += TwoCents
	}
	fmt.Printf("%.2f %.2f\n", total, FiveCents)
	fmt.Println(half, step, step1, step2, r1, r2)
	const local = rate * 3
	fmt.Println(local)
}
