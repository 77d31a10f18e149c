package main

import (
	"fmt"
	"math"
)

type Small int8
type Flags uint16

const (
	Big      = 1 << 62
	Huge     = Big * 4 / 8
	Pi2      = math.Pi * 2
	Mask     = Flags(0xFF00)
	Greeting = "hi" + " there"
)

func main() {
	var s Small = 127
	s++
	lo := Small(-128)
	lo--
	fmt.Println(s, lo)
	var u uint8 = 200
	u += 100
	m := uint8(255)
	m++
	fmt.Println(u, m == 0)
	x := int32(math.MaxInt32)
	x++
	fmt.Println(x, -x, x == math.MinInt32)
	fmt.Println(Big, Huge, Pi2, Mask, Mask>>8, ^Mask, Mask&^0x0F00)
	f := 3.99
	fmt.Println(int(f), int(-f), uint32(f), math.Round(f), math.Trunc(-f))
	var i64 int64 = 1<<40 + 5
	fmt.Println(int32(i64), int16(i64), uint8(i64))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2, 1<<3|1)
	fmt.Println(len(Greeting), Greeting[3:], math.Inf(1), -math.Inf(1), math.NaN() == math.NaN())
	fmt.Printf("%08.3f|%x|%X|%o|%b|%e\n", Pi2, 255, Mask, 8, 5, 123456.789)
	var r rune = 'A' + 2
	var b byte = 'a'
	fmt.Println(r, string(r), b, string(rune(b)), 'x'-'a')
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(float32(0.1), float64(float32(0.1)), 0.1+0.2 == 0.3)
	h := 17
	h ^= 5
	h <<= 2
	h %= 7
	fmt.Println(h)
}
