// A range over a slice or array of channels that is not a variable, or that
// the loop assigns: over the indices of the value it has when the loop starts
// (yaegi panicked: "reflect: call of reflect.Value.Len on int Value").
package main

import "fmt"

type Broker struct {
	subs map[string][]chan string
}

func (b *Broker) Subscribe(topic string) chan string {
	ch := make(chan string, 4)
	b.subs[topic] = append(b.subs[topic], ch)
	return ch
}

func (b *Broker) Publish(topic, msg string) int {
	n := 0
	for _, ch := range b.subs[topic] {
		ch <- msg
		n++
	}
	return n
}

func chans(k int) [3]chan int {
	var a [3]chan int
	for i := range a {
		a[i] = make(chan int, 1)
		a[i] <- i * k
	}
	return a
}

func main() {
	b := &Broker{subs: map[string][]chan string{}}
	a, c := b.Subscribe("news"), b.Subscribe("news")
	fmt.Println(b.Publish("news", "hello"), b.Publish("sport", "goal"))
	fmt.Println(<-a, <-c)
	for i, ch := range chans(10) {
		fmt.Println(i, <-ch)
	}
	list := []chan int{make(chan int, 1), make(chan int, 1)}
outer:
	for i, ch := range list {
		list = nil
		ch <- i
		fmt.Println(i, <-ch, len(list))
		if i == 0 {
			continue outer
		}
	}
	var fs []func() int
	for i, ch := range b.subs["news"] {
		fs = append(fs, func() int { return i + cap(ch) })
	}
	fmt.Println(fs[0](), fs[1]())
}

// Output:
// 2 0
// hello hello
// 0 0
// 1 10
// 2 20
// 0 0 0
// 1 1 0
// 4 5
