// A field promoted from an embedded struct, beside a named field (or an
// earlier embedded one, deeper) that holds a field of the same name.
package main

import "fmt"

type Meta struct{ Name string }

type Base struct {
	Name string
	ID   int
}

type Deep struct{ Inner struct{ ID int } }

type Item struct {
	meta  Meta
	owner *Meta
	Deep
	*Base
}

type Wrapper struct {
	info Item
	Item
}

func (it *Item) rename(n string) { it.Name = n }

func main() {
	it := Item{meta: Meta{"meta"}, owner: &Meta{"owner"}, Base: &Base{"base", 7}}
	fmt.Println(it.Name, it.ID)
	it.Name = "new"
	it.ID++
	it.rename(it.Name + "!")
	fmt.Println(it.meta.Name, it.owner.Name, it.Base.Name, it.Base.ID, it.Deep.Inner.ID)

	w := Wrapper{info: Item{Base: &Base{"info", 1}}, Item: it}
	fmt.Println(w.Name, w.ID, w.info.Name)
	w.ID = 42
	p := &w
	p.Name = "via pointer"
	fmt.Println(it.Base.Name, it.Base.ID, w.info.Base.Name, w.info.Base.ID)

	ids := []*int{&it.ID, &w.ID}
	*ids[0] = 99
	fmt.Println(it.Base.ID, w.Item.Base.ID)
}
