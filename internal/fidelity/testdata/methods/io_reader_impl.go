package main

import (
	"fmt"
	"io"
)

type repeat struct {
	b byte
	n int
}

func (r *repeat) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n)
	for i := 0; i < k; i++ {
		p[i] = r.b
	}
	r.n -= k
	return k, nil
}

func main() {
	data, err := io.ReadAll(&repeat{'z', 5})
	fmt.Println(string(data), err)
}
