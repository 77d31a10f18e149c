package main

import (
	"fmt"
	"math/big"
)

func fact(n int64) *big.Int {
	if n <= 1 {
		return big.NewInt(1)
	}
	return new(big.Int).Mul(big.NewInt(n), fact(n-1))
}

func main() {
	fmt.Println(fact(25))
	fmt.Println(fact(5).String())
}
