// Struct types that point to each other, one of them to itself: the
// interpreter builds them from the one that refers to itself (a variable
// of a pointer to it, declared after them); built from the other, the
// first assignment to the self-referring field panicked. A graph whose
// nodes hold their graph in a slice's element builds either way, and a
// cycle through a struct held by value is left as it is.
package main

import "fmt"

type Company struct {
	name  string
	staff []*Employee
}

type Employee struct {
	name    string
	manager *Employee
	reports []*Employee
	company *Company
}

type Tree struct {
	root *Node
	size int
}

type Node struct {
	key         int
	left, right *Node
	tree        *Tree
}

var registry = &Tree{}

func (t *Tree) Insert(k int) {
	n := &Node{key: k, tree: t}
	t.size++
	p := &t.root
	for *p != nil {
		if k < (*p).key {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = n
}

func main() {
	c := &Company{name: "acme"}
	boss := &Employee{name: "ann", company: c}
	bob := &Employee{name: "bob", manager: boss, company: c}
	boss.reports = append(boss.reports, bob)
	c.staff = []*Employee{boss, bob}
	for _, e := range c.staff {
		m := "-"
		if e.manager != nil {
			m = e.manager.name
		}
		fmt.Println(e.name, m, len(e.reports), e.company.name)
	}
	for _, k := range []int{5, 3, 8} {
		registry.Insert(k)
	}
	fmt.Println(registry.size, registry.root.left.key, registry.root.right.tree == registry)
}

// Output:
// ann - 1 acme
// bob ann 0 acme
// 3 3 true
