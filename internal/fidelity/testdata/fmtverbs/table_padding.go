package main

import "fmt"

type Item struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	items := []Item{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	fmt.Printf("%-12s|%5s|%8s\n", "name", "qty", "price")
	var total float64
	for _, it := range items {
		sub := float64(it.Qty) * it.Price
		total += sub
		fmt.Printf("%-12s|%5d|%8.2f\n", it.Name, it.Qty, sub)
	}
	fmt.Printf("%-12s|%5s|%8.2f\n", "TOTAL", "", total)
	fmt.Printf("%08.3f|%+d|%x|%X|%o|%b|%e\n", 3.14159, 42, 255, 255, 8, 5, 123456.789)
	fmt.Printf("%5.1f%%\n", 12.345)
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("%v %v\n", items[0], &items[1])
	fmt.Printf("%q %v %U %c\n", 'x', 'x', 'x', 120)
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%d %s\n", "str", 5)
}
