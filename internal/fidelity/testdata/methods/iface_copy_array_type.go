package main

import "fmt"

type Triple [3]int

func (t Triple) Sum() int { return t[0] + t[1] + t[2] }

type Summer interface{ Sum() int }

func main() {
	t := Triple{1, 2, 3}
	var s Summer = t
	t[0] = 10
	fmt.Println(s.Sum(), t.Sum())
	var list []Summer
	for i := 0; i < 3; i++ {
		t[0] = i
		list = append(list, t)
	}
	fmt.Println(list[0].Sum(), list[1].Sum(), list[2].Sum())
}
