package main

import "fmt"

type Tree struct {
	root *Node
	size int
}

type Node struct {
	key         int
	left, right *Node
	tree        *Tree
}

func (t *Tree) Insert(k int) {
	n := &Node{key: k, tree: t}
	t.size++
	if t.root == nil {
		t.root = n
		return
	}
	cur := t.root
	for {
		if k < cur.key {
			if cur.left == nil {
				cur.left = n
				return
			}
			cur = cur.left
		} else {
			if cur.right == nil {
				cur.right = n
				return
			}
			cur = cur.right
		}
	}
}

func main() {
	t := &Tree{}
	for _, k := range []int{5, 3, 8, 1} {
		t.Insert(k)
	}
	fmt.Println(t.size, t.root.key, t.root.left.key, t.root.left.left.tree == t)
}
