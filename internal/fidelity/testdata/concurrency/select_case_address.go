package main

import "fmt"

type event struct{ name string }

func main() {
	events := make(chan event, 3)
	quit := make(chan struct{})
	for _, n := range []string{"open", "write", "close"} {
		events <- event{n}
	}
	close(quit)
	var seen []*event
	for len(seen) < 3 {
		select {
		case e := <-events:
			seen = append(seen, &e)
		}
	}
	select {
	case <-quit:
	}
	for _, e := range seen {
		fmt.Println(e.name)
	}
}
