package main

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

func describe(v any) string {
	switch x := v.(type) {
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of " + strconv.Itoa(len(x))
	case []int:
		return fmt.Sprint("slice ", len(x))
	case nil:
		return "nil"
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println(describe(1))
	fmt.Println(describe(int64(2)))
	fmt.Println(describe("abc"))
	fmt.Println(describe([]int{1, 2}))
	fmt.Println(describe(nil))
	fmt.Println(describe(errors.New("e")))
	fmt.Println(describe(time.Second))
	fmt.Println(describe(3.5))
}
