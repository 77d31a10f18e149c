package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
)

type Dog struct{ Name string }

func (d Dog) String() string { return "dog " + d.Name }

type Cat struct{ Name string }

func (c *Cat) Speak() string { return c.Name + " meows" }

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprint("E", e.code) }

type Speaker interface{ Speak() string }

func take(v any) string { return fmt.Sprint(v) }

func get(x any) any { return x.(Dog) }

func speak(s Speaker) string { return s.Speak() }

func main() {
	var x any = Dog{"rex"}
	var c any = &Cat{"tom"}
	var err error = &E{3}
	fmt.Println(take(x.(Dog)), take(c.(*Cat)))
	fmt.Println(get(x))
	fmt.Println(x.(Dog).Name, c.(*Cat).Name, c.(*Cat).Speak(), x.(Dog).String())
	fmt.Println(speak(c.(*Cat)))
	var s fmt.Stringer = x.(Dog)
	fmt.Println(s)
	m := map[any]int{}
	m[x.(Dog)] = 1
	fmt.Println(m[Dog{"rex"}])
	fmt.Println(x.(Dog) == Dog{"rex"}, err.(*E) == err)
	b, _ := json.Marshal(x.(Dog))
	fmt.Println(string(b))
	ch := make(chan any, 1)
	ch <- x.(Dog)
	fmt.Println(<-ch)
	xs := append([]any{}, x.(Dog), c.(*Cat))
	fmt.Println(len(xs), xs[0])
	type S struct{ V any }
	fmt.Println(S{V: x.(Dog)}.V)
	mm := map[string]any{"a": x.(Dog)}
	fmt.Println(mm["a"])
	fmt.Println(errors.Is(err.(*E), err))
	var e2 error = err.(*E)
	fmt.Println(e2)
	h := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}}))
	h.Info("pet", "dog", x.(Dog))
	var n any = 3
	fmt.Println(1<<n.(int), make([]int, n.(int)), strings.Repeat("a", n.(int)))
	defer func() { fmt.Println("recovered", recover()) }()
	panic(x.(Dog))
}
