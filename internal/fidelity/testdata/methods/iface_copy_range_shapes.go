package main

import (
	"fmt"
	"sort"
)

type Shape interface{ Area() int }

type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type byArea []Shape

func (b byArea) Len() int           { return len(b) }
func (b byArea) Less(i, j int) bool { return b[i].Area() < b[j].Area() }
func (b byArea) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	arr := []Sq{{3}, {1}, {2}}
	var shapes []Shape
	for _, a := range arr {
		shapes = append(shapes, a)
	}
	for _, s := range shapes {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Print(s.Area(), " ")
	}
	fmt.Println()
	var byIndex []Shape
	for i := range arr {
		byIndex = append(byIndex, arr[i])
	}
	arr[0].S = 100
	fmt.Println(byIndex[0].Area())
}
