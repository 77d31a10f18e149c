package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	t := s[2:4]
	t[0] = 20
	fmt.Println(s, t, len(t), cap(t))
	t = append(t, 40)
	fmt.Println(s)
	u := s[1:3:3]
	u = append(u, 99)
	fmt.Println(s, u)
}
