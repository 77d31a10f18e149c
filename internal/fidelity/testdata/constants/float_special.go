package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	nan := math.NaN()
	fmt.Println(inf, -inf, nan, nan == nan, math.IsNaN(nan))
	zero := 0.0
	fmt.Println(1/zero, -1/zero)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	fmt.Println(math.Round(2.5), math.Floor(-1.5), math.Trunc(-1.5))
}
