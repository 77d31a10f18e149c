package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Item interface {
	SKU() string
	Price() float64
}

type Book struct {
	Title  string
	Author string
	Cost   float64
}

func (b Book) SKU() string    { return "B-" + strings.ToUpper(b.Title[:3]) }
func (b Book) Price() float64 { return b.Cost }
func (b Book) String() string { return fmt.Sprintf("%q by %s", b.Title, b.Author) }

type Gadget struct {
	Name  string
	Cost  float64
	Watts int
}

func (g *Gadget) SKU() string    { return fmt.Sprintf("G-%s-%d", g.Name, g.Watts) }
func (g *Gadget) Price() float64 { return g.Cost * 1.2 }

type Inventory[T Item] struct {
	items map[string]T
	qty   map[string]int
}

func NewInventory[T Item]() *Inventory[T] {
	return &Inventory[T]{items: map[string]T{}, qty: map[string]int{}}
}

var ErrOut = errors.New("out of stock")

func (inv *Inventory[T]) Add(it T, n int) {
	inv.items[it.SKU()] = it
	inv.qty[it.SKU()] += n
}

func (inv *Inventory[T]) Take(sku string) (T, error) {
	var zero T
	if inv.qty[sku] == 0 {
		return zero, fmt.Errorf("take %s: %w", sku, ErrOut)
	}
	inv.qty[sku]--
	return inv.items[sku], nil
}

func (inv *Inventory[T]) Value() float64 {
	total := 0.0
	for sku, it := range inv.items {
		total += it.Price() * float64(inv.qty[sku])
	}
	return total
}

func (inv *Inventory[T]) SKUs() []string {
	var out []string
	for k := range inv.items {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func main() {
	all := NewInventory[Item]()
	all.Add(Book{"Dune", "Herbert", 9.5}, 2)
	all.Add(&Gadget{"lamp", 20, 40}, 1)
	all.Add(Book{"Emma", "Austen", 5}, 0)
	fmt.Println(all.SKUs())
	fmt.Printf("%.2f\n", all.Value())
	for _, sku := range []string{"B-DUN", "B-EMM", "G-lamp-40", "G-lamp-40"} {
		it, err := all.Take(sku)
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrOut), it == nil)
			continue
		}
		fmt.Printf("took %v (%T) %.2f\n", it, it, it.Price())
	}
	books := NewInventory[Book]()
	books.Add(Book{"Ulysses", "Joyce", 12}, 3)
	b, err := books.Take("B-ULY")
	fmt.Println(b, err, b.Author)
	_, err = books.Take("B-XXX")
	fmt.Printf("%v|%q\n", err, b.SKU())
}
