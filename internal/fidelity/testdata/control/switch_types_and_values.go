package main

import (
	"fmt"
	"strconv"
)

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case float64:
		if x != x {
			return "NaN"
		}
		return "float " + strconv.FormatFloat(x, 'g', -1, 64)
	case string:
		switch {
		case x == "":
			return "empty string"
		case len(x) > 5:
			return "long string"
		}
		return "string " + x
	case []int:
		return fmt.Sprintf("slice of %d", len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	zero := 0.0
	vals := []any{nil, 3, int64(4), 2.5, zero / zero, "", "hi", "lengthy", []int{1, 2}, fmt.Errorf("bad"), Temp(21.5), struct{}{}, uint8(1)}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	for i := 0; i < 6; i++ {
		switch i {
		case 0, 1:
			fmt.Print("small ")
			fallthrough
		case 2:
			fmt.Print("two-ish ")
		case 3:
		default:
			fmt.Print("big ")
		}
	}
	fmt.Println()
}
