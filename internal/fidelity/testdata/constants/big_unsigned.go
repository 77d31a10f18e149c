package main

import (
	"fmt"
	"math"
)

const Max uint64 = math.MaxUint64

func Total() uint64      { return math.MaxUint64 }
func Half() uint64       { return 1 << 63 }
func Word() uint         { return 1<<64 - 1 }
func id(x uint64) uint64 { return x }

type U64 uint64

func Big() U64 { return math.MaxUint64 }

// Untyped constants past int64 given an unsigned type where they go.
func main() {
	fmt.Println(Total(), Half(), Word(), Max, Big())
	fmt.Println(id(math.MaxUint64), []uint64{math.MaxUint64, 1 << 63}, map[string]uint{"w": math.MaxUint})
	var u uint64 = math.MaxUint64 - 1
	u += 1
	fmt.Println(u == math.MaxUint64, u, uint32(math.MaxUint32))
	f := func() uint64 { return 1<<64 - 2 }
	fmt.Println(f())
	switch u {
	case math.MaxUint64:
		fmt.Println("max")
	}
}
