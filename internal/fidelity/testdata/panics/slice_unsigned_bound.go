package main

import "fmt"

// window returns buf[from:to], or the reason it cannot.
func window(buf []byte, from, to uint64) (w []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("window: %v", r)
		}
	}()
	return buf[from:to], nil
}

func main() {
	buf := []byte{1, 2, 3, 4, 5}
	fmt.Println(window(buf, 1, 3))
	fmt.Println(window(buf, 0, ^uint64(0)))
	fmt.Println(window(buf, ^uint64(0), 2))
}
