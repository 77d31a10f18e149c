package main

import "fmt"

// bit returns the mask of bit b, or the reason it cannot.
func bit(b int) (mask uint32, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bit %d: %v", b, r)
		}
	}()
	return 1 << b, nil
}

func main() {
	for _, b := range []int{0, 5, 31, 32, -1} {
		fmt.Println(bit(b))
	}
}
