package main

import (
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "---"
	}
	var b strings.Builder
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			b.WriteRune(c)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

type Size int64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func (s Size) String() string {
	switch {
	case s >= GB:
		return fmt.Sprintf("%.1fGB", float64(s)/float64(GB))
	case s >= MB:
		return fmt.Sprintf("%.1fMB", float64(s)/float64(MB))
	case s >= KB:
		return fmt.Sprintf("%.1fKB", float64(s)/float64(KB))
	}
	return fmt.Sprintf("%dB", int64(s))
}

const (
	a = iota * 10
	b
	c, d = iota, iota + 100
	e, f
)

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Printf("%v(%d) weekend=%v\n", d, d, d.Weekend())
	}
	fmt.Println(Read, Write, Exec, Read|Exec, Read|Write|Exec, Perm(0))
	perms := []Perm{Read, Write | Exec}
	fmt.Println(perms)
	fmt.Printf("%v %d %s\n", perms[1], perms[1], perms[1])
	fmt.Println(KB, MB, GB, Size(1536), Size(3*GB/2), Size(12))
	fmt.Println(a, b, c, d, e, f)
	days := map[Weekday]int{Monday: 1, Friday: 5}
	fmt.Println(days)
	var w fmt.Stringer = Tuesday
	fmt.Println(w, w.String())
}
