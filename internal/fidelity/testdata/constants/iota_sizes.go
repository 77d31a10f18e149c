package main

import "fmt"

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

func main() {
	fmt.Println(KB, MB, GB)
	fmt.Printf("%.1f MB\n", float64(3*MB+512*KB)/MB)
}
