package main

import "fmt"

type Item struct {
	Name string
	Qty  int
}

type Cart struct {
	Items  []Item
	ByName map[string]*Item
}

func (c Cart) CountValue() int {
	c.Items = append(c.Items, Item{"ghost", 1})
	return len(c.Items)
}

func (c *Cart) Add(name string, q int) {
	if it, ok := c.ByName[name]; ok {
		it.Qty += q
		return
	}
	c.Items = append(c.Items, Item{name, q})
	c.ByName = map[string]*Item{}
	for i := range c.Items {
		c.ByName[c.Items[i].Name] = &c.Items[i]
	}
}

func main() {
	var c Cart
	c.Add("apple", 1)
	c.Add("pear", 2)
	c.Add("apple", 3)
	fmt.Println(c.Items, c.CountValue(), len(c.Items))
	for _, it := range c.Items {
		it.Qty = 0
	}
	fmt.Println(c.Items)
	for i := range c.Items {
		c.Items[i].Qty *= 10
	}
	fmt.Println(c.Items, *c.ByName["pear"])
	a := [2]Item{{"x", 1}, {"y", 2}}
	b := a
	b[0].Qty = 99
	fmt.Println(a, b, a == b, a[1] == b[1])
	m := map[string]Item{"k": {"k", 1}}
	it := m["k"]
	it.Qty = 5
	fmt.Println(m["k"].Qty, it.Qty)
	ps := []*Item{&a[0], &a[1]}
	ps[0].Qty = 7
	fmt.Println(a[0], *ps[0])
}
