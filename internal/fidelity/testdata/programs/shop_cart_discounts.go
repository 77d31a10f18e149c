package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
)

type Money int

func (m Money) String() string { return fmt.Sprintf("€%d.%02d", m/100, m%100) }

func (m Money) MarshalJSON() ([]byte, error) { return json.Marshal(m.String()) }

type Product struct {
	SKU   string   `json:"sku"`
	Name  string   `json:"name"`
	Price Money    `json:"price"`
	Tags  []string `json:"tags,omitempty"`
}

type LineItem struct {
	Product
	Qty int `json:"qty"`
}

func (li LineItem) Total() Money { return li.Price * Money(li.Qty) }

type Discount interface {
	Apply(items []LineItem, sub Money) (Money, string)
}

type PercentOff struct{ Pct int }

func (p PercentOff) Apply(_ []LineItem, sub Money) (Money, string) {
	return sub * Money(p.Pct) / 100, fmt.Sprintf("%d%% off", p.Pct)
}

type BuyXGetY struct {
	SKU  string
	X, Y int
}

func (b BuyXGetY) Apply(items []LineItem, _ Money) (Money, string) {
	for _, it := range items {
		if it.SKU == b.SKU {
			free := it.Qty / (b.X + b.Y) * b.Y
			return it.Price * Money(free), fmt.Sprintf("buy %d get %d on %s", b.X, b.Y, it.Name)
		}
	}
	return 0, ""
}

type Cart struct {
	Items     []LineItem `json:"items"`
	Discounts []Discount `json:"-"`
}

var ErrQty = errors.New("quantity must be positive")

func (c *Cart) Add(p Product, qty int) error {
	if qty <= 0 {
		return fmt.Errorf("add %s: %w", p.SKU, ErrQty)
	}
	i := slices.IndexFunc(c.Items, func(li LineItem) bool { return li.SKU == p.SKU })
	if i >= 0 {
		c.Items[i].Qty += qty
		return nil
	}
	c.Items = append(c.Items, LineItem{p, qty})
	return nil
}

func (c *Cart) Checkout() (sub, disc Money, notes []string) {
	for _, it := range c.Items {
		sub += it.Total()
	}
	for _, d := range c.Discounts {
		amt, note := d.Apply(c.Items, sub)
		if amt > 0 {
			disc += amt
			notes = append(notes, fmt.Sprintf("%s (-%v)", note, amt))
		}
	}
	return
}

func main() {
	tea := Product{"T1", "Green tea", 450, []string{"drink"}}
	cake := Product{"C1", "Cheesecake", 375, nil}
	var cart Cart
	fmt.Println(cart.Add(tea, 2), cart.Add(cake, 5), cart.Add(tea, 1))
	err := cart.Add(cake, 0)
	fmt.Println(err, errors.Is(err, ErrQty))
	cart.Discounts = []Discount{PercentOff{10}, BuyXGetY{"C1", 2, 1}}
	sub, disc, notes := cart.Checkout()
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	for _, it := range cart.Items {
		fmt.Fprintf(w, "%s\t%d\t%v\t%v\t\n", it.Name, it.Qty, it.Price, it.Total())
	}
	fmt.Fprintf(w, "subtotal\t\t\t%v\t\n", sub)
	fmt.Fprintf(w, "discount\t\t\t-%v\t\n", disc)
	fmt.Fprintf(w, "total\t\t\t%v\t\n", sub-disc)
	w.Flush()
	fmt.Println(strings.Join(notes, "; "))
	b, err := json.MarshalIndent(cart, "", " ")
	fmt.Println(string(b), err)
	fmt.Printf("%v\n%+v\n", cart.Items[0], cart.Discounts)
}
