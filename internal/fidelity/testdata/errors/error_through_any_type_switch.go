// A function handed errors and other values as any, telling them apart
// with a type switch, as a logger or an error reporter does.
package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temp struct{ Code int }

func (e Temp) Error() string { return fmt.Sprint("temp ", e.Code) }

func describe(v any) string {
	switch x := v.(type) {
	case *NotFound:
		return "NotFound " + x.Key
	case Temp:
		return fmt.Sprint("Temp ", x.Code)
	case error:
		return "error " + x.Error()
	case nil:
		return "nil"
	}
	return "other"
}

func find(k string) error {
	if k == "" {
		return Temp{503}
	}
	return &NotFound{k}
}

func main() {
	fmt.Println(describe(find("x")))
	fmt.Println(describe(find("")))
	fmt.Println(describe(errors.New("plain")))
	results := []any{find("y"), 42, find("")}
	for _, r := range results {
		fmt.Println(describe(r))
	}
	err := find("z")
	ch := make(chan any, 1)
	ch <- err
	got := <-ch
	if nf, ok := got.(*NotFound); ok {
		fmt.Println("from chan:", nf.Key)
	} else {
		fmt.Println("from chan: not NotFound")
	}
}
