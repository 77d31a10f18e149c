package main

import (
	"fmt"
	"strings"
)

type Level uint8

const (
	Low Level = iota + 1
	High
)

func (l Level) String() string {
	if l == High {
		return "HIGH"
	}
	return "LOW"
}

type Secret string

func (s Secret) String() string   { return "***" }
func (s Secret) GoString() string { return `Secret("***")` }

type Config struct {
	Name    string
	Level   Level
	Pass    Secret
	Ports   []int
	Labels  map[string]string
	private bool
}

type Node struct {
	ID       int
	Children []*Node
}

func (n *Node) String() string {
	var ids []string
	for _, c := range n.Children {
		ids = append(ids, fmt.Sprint(c.ID))
	}
	return fmt.Sprintf("Node%d[%s]", n.ID, strings.Join(ids, ","))
}

func main() {
	c := Config{"svc", High, "hunter2", []int{80, 443}, map[string]string{"env": "prod"}, true}
	fmt.Printf("%v\n", c)
	fmt.Printf("%+v\n", c)
	fmt.Printf("%#v\n", c)
	fmt.Printf("%v %#v %s %d\n", c.Level, c.Level, c.Level, c.Level)
	fmt.Printf("%v %#v %q\n", c.Pass, c.Pass, c.Pass)
	fmt.Printf("%T %T %T\n", c, c.Level, &c)
	root := &Node{1, []*Node{{2, nil}, {3, nil}}}
	fmt.Println(root, root.Children[0])
	fmt.Printf("%v %s\n", root, root.Children)
	fmt.Printf("%#v\n", Level(7))
	fmt.Printf("%x %X %08b\n", Low, High, High)
	fmt.Printf("[%5s][%-5v][%5.2s]\n", Low, High, c.Pass)
	type kv struct {
		K string
		V any
	}
	fmt.Printf("%v\n", []kv{{"lvl", Low}, {"pass", c.Pass}, {"n", 3}})
	fmt.Printf("%+v\n", kv{"cfg", c.Ports})
	fmt.Println(fmt.Sprintf("%6.2f%%", 12.345), fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
}
