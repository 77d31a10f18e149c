// Method values of methods promoted from an embedded pointer to an
// instance of a generic type of two type parameters, also one the shell
// writes out per instance: bound when taken, as Go binds them.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

type Reg[K comparable, V any] struct{ m map[K]V }

func (r *Reg[K, V]) Len() int     { return len(r.m) }
func (r *Reg[K, V]) Put(k K, v V) { r.m[k] = v }

type Users struct {
	*Reg[int, string]
}

type Index[K comparable, V any] struct{ m map[K]V }

func (x *Index[K, V]) Keys() []K { return slices.Collect(maps.Keys(x.m)) }

type Catalog struct {
	*Index[ID, string]
	name string
}

func main() {
	u := Users{&Reg[int, string]{m: map[int]string{1: "a"}}}
	n := u.Len
	put := u.Put
	put(2, "b")
	fmt.Println(n(), u.Len())
	u = Users{&Reg[int, string]{m: map[int]string{}}}
	fmt.Println(n(), u.Len())

	c := Catalog{&Index[ID, string]{m: map[ID]string{7: "seven"}}, "c"}
	keys := c.Keys
	fmt.Println(keys(), c.name)
}
