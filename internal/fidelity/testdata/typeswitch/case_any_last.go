package main

import "fmt"

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nothing"
	case string:
		return "text " + x
	case error:
		return "error " + x.Error()
	case any:
		return fmt.Sprintf("some value %v", x)
	}
	return "unreachable"
}

func main() {
	for _, v := range []any{nil, "hi", fmt.Errorf("bad"), 42, []int{1}} {
		fmt.Println(describe(v))
	}
	var v any = 3.5
	if x, ok := v.(any); ok {
		fmt.Println("any:", x)
	}
	var empty interface{}
	_, ok := empty.(interface{})
	fmt.Println("nil is an interface{}:", ok)
}
