// Package variables declared from a call of several results, or a comma-ok
// index, receive or assertion, read and written by functions.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type pair struct{ x, y int }

func mk() (pair, *pair, error) { return pair{1, 2}, &pair{3, 4}, errors.New("e") }

var (
	p, pp, perr = mk()
	_, err2     = strconv.Atoi("x")
	total       = p.x + pp.y
	n, _        = strconv.Atoi("41")
)

func mk2() (int, string) { return 1, "s" }

var m = map[string]int{"a": 1}
var v, ok = m["a"]

func show() {
	fmt.Println(p, *pp, perr, err2 != nil, total, n+1, v, ok, h, k)
}

func main() {
	show()
	n = 5
	show()
	if len(os.Args) > 5 {
		return
	}
}

var x any = 3
var i, isInt = x.(int)

var h, k = mk2()

func init() { fmt.Println(i, isInt, h, k, getN()) }

func getN() int { return n }
