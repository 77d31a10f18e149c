// A comma-ok statement in a loop's body whose right side reads the outer
// variable of a name it declares (k, ok := m[k]): each iteration's
// closures see that iteration's variables.
package main

import "fmt"

func main() {
	next := map[string]string{"a": "b", "b": "c", "c": "end"}
	var fs []func() string
	for _, k := range []string{"a", "b", "z"} {
		k, ok := next[k]
		fs = append(fs, func() string { return fmt.Sprint(k, ok) })
	}
	for _, k := range []string{"a", "c", "q"} {
		if k, ok := next[k]; ok {
			fs = append(fs, func() string { return "if " + k })
		} else {
			fs = append(fs, func() string { return "else " + k })
		}
		switch k, ok := next[k]; {
		case ok:
			fs = append(fs, func() string { return "switch " + k })
		}
	}
	for _, f := range fs {
		fmt.Println(f())
	}

	chans := map[int]chan int{}
	for i := range 3 {
		chans[i] = make(chan int, 1)
		chans[i] <- i * 10
	}
	close(chans[2])
	<-chans[2]
	var gs []func() int
	for i := range 3 {
		i, ok := <-chans[i]
		gs = append(gs, func() int {
			if ok {
				return i
			}
			return -1
		})
	}
	for _, g := range gs {
		fmt.Println(g())
	}

	type Found bool
	var ok Found
	for _, k := range []string{"a", "q"} {
		k, ok = next[k]
		fmt.Printf("%q %v\n", k, ok)
	}
}
