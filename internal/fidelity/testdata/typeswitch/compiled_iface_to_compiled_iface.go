package main

import (
	"fmt"
	"sort"
)

type Nums []int

func (n Nums) Len() int           { return len(n) }
func (n Nums) Less(i, j int) bool { return n[i] < n[j] }
func (n Nums) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }
func (n Nums) String() string     { return fmt.Sprintf("Nums%d", []int(n)) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }
func (c Celsius) Error() string  { return "too hot: " + c.String() }

func main() {
	var s sort.Interface = Nums{3, 1, 2}
	sort.Sort(s)
	st, ok := s.(fmt.Stringer)
	fmt.Println(ok, st)
	var e error = Celsius(40)
	st2, ok2 := e.(fmt.Stringer)
	fmt.Println(ok2, st2)
	var x fmt.Stringer = Celsius(12)
	e2, ok3 := x.(error)
	fmt.Println(ok3, e2)
	switch v := x.(type) {
	case error:
		fmt.Println("error", v)
	default:
		fmt.Println("other")
	}
}
