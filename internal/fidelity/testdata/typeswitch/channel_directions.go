// Channels of each direction held in an any: assertions and type switch
// cases match the channel's own type, not one it could be assigned to.
package main

import "fmt"

func kind(v any) string {
	switch c := v.(type) {
	case <-chan int:
		return fmt.Sprintf("recv-only %d", cap(c))
	case chan<- int:
		return fmt.Sprintf("send-only %d", cap(c))
	case chan int:
		return fmt.Sprintf("bidirectional %d", cap(c))
	}
	return "other"
}

func main() {
	c := make(chan int, 3)
	var r <-chan int = c
	var s chan<- int = c
	fmt.Println(kind(c), kind(r), kind(s), kind(1))

	var x any = c
	_, ok1 := x.(<-chan int)
	_, ok2 := x.(chan<- int)
	_, ok3 := x.(chan int)
	if rr, ok := any(r).(<-chan int); ok {
		fmt.Println(ok1, ok2, ok3, cap(rr))
	}

	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(x.(<-chan int) == nil)
}
