package main

import "fmt"

type C struct{ N int }

func last(p *int, c C)                { fmt.Println("literal last:", p != nil) }
func mid(p *int, c C, q *int)         { fmt.Println("literal mid:", p != nil, q != nil) }
func one(c C)                         { fmt.Println("only literal:", c.N) }
func ptrlit(c *C, p *int)             { fmt.Println("&C{} literal:", c != nil, p != nil) }
func mapLit(m map[string]int, p *int) { fmt.Println("map literal:", m, p != nil) }
func strct(s struct{ A int }, p *int) { fmt.Println("anon struct literal:", s.A, p != nil) }
func funcLit(f func() int, p *int)    { fmt.Println("func literal:", f(), p != nil) }
func chArg(c C, ch chan int)          { fmt.Println("chan arg:", ch != nil) }
func errArg(c C, e error)             { fmt.Println("error arg:", e) }
func sliceArg(c C, s []int)           { fmt.Println("slice arg:", s) }
func strArg(c C, s string, n int)     { fmt.Println("string arg:", s, n) }

func main() {
	x := 1
	func() { defer last(&x, C{1}) }()
	func() { defer mid(&x, C{1}, &x) }()
	func() { defer one(C{7}) }()
	func() { defer ptrlit(&C{1}, &x) }()
	func() { defer mapLit(map[string]int{"a": 1}, &x) }()
	func() { defer strct(struct{ A int }{3}, &x) }()
	func() { defer funcLit(func() int { return 9 }, &x) }()
	func() { defer chArg(C{}, make(chan int)) }()
	func() { defer errArg(C{}, fmt.Errorf("e")) }()
	func() { defer sliceArg(C{}, []int{4}) }()
	func() { defer strArg(C{}, "s", 5) }()
}
