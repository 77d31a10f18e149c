package main

import (
	"fmt"
	"strings"
)

func firstLong(s string) (string, error) {
	for w := range strings.FieldsSeq(s) {
		if len(w) > 3 {
			return w, nil
		}
	}
	return "", fmt.Errorf("none")
}

func main() {
	fmt.Println(firstLong("a bb cccc dd"))
}
