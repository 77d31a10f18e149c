package main

import "fmt"

func bit(n int) (b uint64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("bit %d: %v", n, r)
		}
	}()
	return 1 << n, nil
}

func main() {
	for _, n := range []int{0, 3, 63, 64, -1} {
		fmt.Println(bit(n))
	}
	flags := uint8(0)
	for i := range 4 {
		flags |= 1 << (i * 2)
	}
	fmt.Printf("%08b\n", flags)
}
