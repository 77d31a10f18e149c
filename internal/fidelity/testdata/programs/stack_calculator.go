package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func eval(expr string) (float64, error) {
	var stack []float64
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			if len(stack) < 2 {
				return 0, fmt.Errorf("not enough operands for %s", tok)
			}
			a, b := stack[len(stack)-2], stack[len(stack)-1]
			stack = stack[:len(stack)-2]
			var r float64
			switch tok {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				r = a / b
			}
			stack = append(stack, r)
		default:
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, err
			}
			stack = append(stack, v)
		}
	}
	if len(stack) != 1 {
		return 0, errors.New("bad expression")
	}
	return stack[0], nil
}

func main() {
	for _, e := range []string{"3 4 + 2 *", "1 2 3", "5 x +", "10 4 /"} {
		v, err := eval(e)
		fmt.Println(e, "=>", v, err)
	}
}
