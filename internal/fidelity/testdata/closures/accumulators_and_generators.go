package main

import "fmt"

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder(start int) (add func(int), total func() int) {
	sum := start
	add = func(n int) { sum += n }
	total = func() int { return sum }
	return
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for i := len(fs) - 1; i >= 0; i-- {
			x = fs[i](x)
		}
		return x
	}
}

func main() {
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	add, total := adder(10)
	for _, n := range []int{1, 2, 3} {
		add(n)
	}
	fmt.Println(total())
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(double, inc)(5), compose(inc, double)(5), compose()(7))
	var funcs []func() string
	for _, name := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return name + name })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
}
