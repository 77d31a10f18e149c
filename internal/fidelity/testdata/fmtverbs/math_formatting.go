package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pi, math.Floor(-2.5), math.Ceil(2.1), math.Round(2.5), math.Trunc(-2.7))
	fmt.Printf("%.3f %8.2f|%-8.2f|%+.1e %g\n", math.E, 3.14159, 2.5, 123456.789, 1e-7)
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(math.Hypot(3, 4), math.Pow(2, 10), math.Mod(7, 3), math.Abs(-3.2), math.Log2(8), math.Cbrt(27))
	nan := math.NaN()
	fmt.Println(nan == nan, math.IsNaN(nan), math.IsInf(1/math.Inf(1), 0), math.Signbit(math.Copysign(0, -1)))
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), 0.1+0.2, float32(0.1)+float32(0.2))
	fmt.Println(int(f32*40), int(-f32*39), int64(math.Float64bits(1.0)), math.Float32frombits(0x40490fdb))
	fmt.Printf("%v %.2f %e %G\n", 1e21, 1e21, 0.000123, 1e-10)
	fmt.Printf("%x %X %o %b %c %U\n", 255, 255, 8, 5, 0x263A, 0x263A)
	fmt.Printf("%5d|%-5d|%05d|%+d\n", 42, 42, 42, 42)
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c), c*c)
}
