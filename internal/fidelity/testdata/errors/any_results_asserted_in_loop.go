package main

import (
	"errors"
	"fmt"
)

type Op struct{ Name string }

func (o *Op) Error() string { return "op " + o.Name }

func produce(i int) any {
	switch i {
	case 0:
		return &Op{"zero"}
	case 1:
		return errors.New("plain")
	case 2:
		return "string"
	}
	return nil
}

func main() {
	for i := 0; i < 4; i++ {
		v := produce(i)
		if err, ok := v.(error); ok {
			var op *Op
			fmt.Println(i, "error:", err, errors.As(err, &op))
		} else {
			fmt.Println(i, "not error:", v)
		}
	}
	vals := []any{&Op{"a"}, errors.New("b")}
	for _, v := range vals {
		switch x := v.(type) {
		case *Op:
			fmt.Println("Op", x.Name)
		case error:
			fmt.Println("error", x)
		}
	}
}
