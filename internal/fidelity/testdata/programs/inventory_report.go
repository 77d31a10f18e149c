package main

import "fmt"

type Product struct {
	Name     string
	Price    float64
	Quantity int
}

func (p Product) Value() float64 { return p.Price * float64(p.Quantity) }

type Inventory []Product

func (inv Inventory) Total() float64 {
	t := 0.0
	for _, p := range inv {
		t += p.Value()
	}
	return t
}

func (inv Inventory) LowStock(limit int) []string {
	var names []string
	for _, p := range inv {
		if p.Quantity < limit {
			names = append(names, p.Name)
		}
	}
	return names
}

func main() {
	inv := Inventory{{"pen", 1.5, 100}, {"book", 12.99, 3}, {"lamp", 25, 1}}
	fmt.Printf("total %.2f\n", inv.Total())
	fmt.Println("low:", inv.LowStock(5))
	fmt.Printf("%v\n", inv[1])
}
