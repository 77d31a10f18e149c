// Workers that defer a cleanup and a recovering literal storing the
// panic's text into a slice, inside a loop: the store's value is taken
// before its index check, inside the literal's catch of the panic.
package main

import (
	"fmt"
	"strings"
	"sync"
)

func main() {
	var sb strings.Builder
	res := make([]string, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		func() {
			defer wg.Done()
			defer sb.Reset()
			defer func() {
				if r := recover(); r != nil {
					res[i] = fmt.Sprint(r)
				}
			}()
			sb.WriteString("job")
			if i == 1 {
				panic(fmt.Sprintf("%s %d failed", sb.String(), i))
			}
			res[i] = "ok"
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(res, "|"), sb.Len())

	out := make([]string, 1)
	func() {
		defer fmt.Println("deferred first, runs last")
		defer func() {
			if r := recover(); r != nil {
				out[0] = fmt.Sprint("recovered: ", r)
			}
		}()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println(out[0])
}
