package main

import "fmt"

type op struct{ prev any }

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var txlog [][]op
	txlog = append(txlog, nil)
	txlog = append(txlog, nil, []op{{1}})
	var ps []*Node
	ps = append(ps, nil, &Node{Val: 2})
	var fs []func() int
	fs = append(fs, nil)
	var ms []map[string]int
	ms = append(ms, nil)
	var y any = nil
	fmt.Println(len(txlog), txlog[1] == nil, len(ps), ps[0] == nil, ps[1].Val, len(fs), fs[0] == nil, len(ms), y, op{nil})
}
