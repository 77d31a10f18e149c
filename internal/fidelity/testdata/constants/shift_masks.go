package main

import "fmt"

type Flags uint16

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func bit(n uint) uint64 { return 1 << n }

func (f Flags) Has(i int) bool { return f&(1<<i) != 0 }

func main() {
	f := FlagA | FlagC
	for i := 0; i < 3; i++ {
		fmt.Print(f.Has(i), " ")
	}
	fmt.Println()
	fmt.Println(bit(63), bit(0))
	var shift uint = 15
	var mask Flags = 1<<shift | 1
	fmt.Printf("%d %T\n", mask, mask)
	const (
		KB, KiB = 1000 * (iota + 1), 1024 << (10 * iota)
		MB, MiB
	)
	fmt.Println(KB, KiB, MB, MiB)
}
