package main

import (
	"fmt"
	"strings"
)

// Messages on a bus carry typed payloads.
type Msg[T any] struct {
	Topic string
	Body  T
}

type Reading struct {
	Sensor string
	Value  float64
}

// Collect returns the bodies of the messages of type Msg[T].
func Collect[T any](bus []any) []T {
	var out []T
	for _, m := range bus {
		if msg, ok := m.(Msg[T]); ok {
			out = append(out, msg.Body)
		}
	}
	return out
}

// Count counts the messages of type Msg[T], by topic, and the empty slots.
func Count[T any](bus []any) (mine map[string]int, empty int) {
	mine = map[string]int{}
	for _, m := range bus {
		switch v := m.(type) {
		case Msg[T]:
			mine[v.Topic]++
		case nil:
			empty++
		}
	}
	return mine, empty
}

// IsMine reports whether m is a message of type Msg[T], or empty.
func IsMine[T any](m any) string {
	switch v := m.(type) {
	case Msg[T]:
		return fmt.Sprint("mine: ", v.Topic, " ", v.Body)
	case Msg[string]:
		return "a log line: " + v.Body
	case nil:
		return "empty"
	}
	return "not mine"
}

// Box holds one value of any type.
type Box[T any] struct{ V T }

func kind[T any](x any) string {
	switch v := x.(type) {
	case Box[T]:
		return fmt.Sprint("mine ", v.V)
	case Box[string]:
		return "string " + v.V
	case nil:
		return "nil"
	}
	return "other"
}

func describe(m any) string {
	switch v := m.(type) {
	case Msg[string]:
		return v.Topic + ": " + strings.ToUpper(v.Body)
	case Msg[Reading]:
		return fmt.Sprintf("%s: %s=%.1f", v.Topic, v.Body.Sensor, v.Body.Value)
	case nil:
		return "nothing"
	default:
		return fmt.Sprintf("unknown %v", v)
	}
}

func main() {
	bus := []any{
		Msg[string]{"log", "started"},
		Msg[Reading]{"temp", Reading{"kitchen", 21.5}},
		Msg[string]{"log", "stopped"},
		nil,
		42,
	}
	for _, m := range bus {
		fmt.Println(describe(m))
	}
	fmt.Println(Collect[string](bus))
	fmt.Println(Collect[Reading](bus))
	fmt.Println(len(Collect[int](bus)))
	fmt.Println(Count[string](bus))
	fmt.Println(IsMine[Reading](bus[1]), IsMine[Reading](bus[3]), IsMine[Reading](bus[0]))
	fmt.Println(IsMine[int](Msg[int]{"count", 3}))
	var x any = Box[int]{7}
	fmt.Println(kind[int](x), kind[int](Box[string]{"s"}), kind[int](nil), kind[bool](x))
	if _, ok := bus[0].(Msg[int]); !ok {
		fmt.Println("not an int message")
	}
}
