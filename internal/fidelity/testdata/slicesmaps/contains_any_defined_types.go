package main

import (
	"fmt"
	"slices"
)

type UserID int

func main() {
	seen := []any{UserID(1), "x"}
	fmt.Println(slices.Contains(seen, any(1)))
	fmt.Println(slices.Contains(seen, any(UserID(1))))
}
