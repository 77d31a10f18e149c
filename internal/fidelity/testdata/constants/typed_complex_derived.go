package main

import "fmt"

type Z complex64

const c complex128 = 1 + 2i
const d = c * 1.5

const (
	z0 Z = 1i * iota
	z1
	z2
)

func main() {
	fmt.Println(d, z0, z1, z2, real(d))
	const local = c / 4
	fmt.Println(local)
}
