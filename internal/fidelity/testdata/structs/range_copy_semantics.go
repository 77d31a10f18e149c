package main

import "fmt"

type Counter struct {
	Name string
	N    int
}

func (c Counter) Show() string { return fmt.Sprintf("%s=%d", c.Name, c.N) }
func (c *Counter) Inc()        { c.N++ }

func main() {
	cs := []Counter{{"a", 0}, {"b", 0}}
	for _, c := range cs {
		c.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	for i, c := range cs {
		c.N = 100
		cs[i].N += c.N
	}
	fmt.Println(cs)

	show := cs[0].Show
	inc := cs[0].Inc
	inc()
	inc()
	fmt.Println(show(), cs[0].Show())

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array copy:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("range over slice:", v)
		}
	}
	m := map[string]Counter{"x": {"x", 1}}
	for k, v := range m {
		v.N = 50
		m[k] = v
	}
	fmt.Println(m)

	var items []any
	c := Counter{"held", 1}
	items = append(items, c, &c)
	c.N = 2
	fmt.Println(items[0].(Counter).N, items[1].(*Counter).N)

	ptrs := []*Counter{}
	for i := range 3 {
		ptrs = append(ptrs, &Counter{fmt.Sprint("p", i), i})
	}
	for _, p := range ptrs {
		p.Inc()
	}
	for _, p := range ptrs {
		fmt.Print(p.Show(), " ")
	}
	fmt.Println()
	type pair struct{ a, b []int }
	p1 := pair{[]int{1}, []int{2}}
	p2 := p1
	p2.a[0] = 9
	p2.b = append(p2.b, 3)
	fmt.Println(p1, p2)
}
