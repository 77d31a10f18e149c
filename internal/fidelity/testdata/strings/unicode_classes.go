package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, r := range "aZ9 _é!" {
		fmt.Printf("%q letter=%v digit=%v space=%v upper=%v punct=%v\n", r,
			unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), strings.ToTitle("go"))
}
