package main

import (
	"crypto/sha256"
	"fmt"
)

// Digest is a defined array type, compared with what sha256.Sum256
// returns, its underlying type.
type Digest [32]byte

func digestOf(s string) Digest { return sha256.Sum256([]byte(s)) }

type Point struct{ X, Y int }

type Pos Point

func main() {
	d := digestOf("hello")
	fmt.Println(d == sha256.Sum256([]byte("hello")), sha256.Sum256([]byte("bye")) != d)
	p := &Point{1, 2}
	type PP *Point
	var pp PP = p
	fmt.Println(pp == p, Pos(*p) == Pos{1, 2})
}
