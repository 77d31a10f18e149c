package main

import (
	"fmt"
	"time"
)

type Perm uint8
type Unit string
type Ratio float64
type Flag bool

const (
	Read Perm = 1 << iota
	Write
	Exec
)

const (
	All     Perm  = Read | Write | Exec
	Meters  Unit  = "m" + "eters"
	Half    Ratio = 1.0 / 2
	Enabled Flag  = 2 > 1
	Timeout       = 3 * time.Second
	Big     int64 = 1 << 40
	Score   Perm  = 2 + 3
)

func main() {
	fmt.Println(Read == 1, Write == 2, Exec == 4, All == 7, Score == 5)
	fmt.Println(Meters == "meters", Half == 0.5, Enabled == true, Timeout == 3000*time.Millisecond, Big == 1<<40)
	p := Write
	fmt.Println(p == Write, p&All != 0, p|Exec)
	units := map[Unit]int{Meters: 1}
	fmt.Println(units["meters"], Half*4)
}
