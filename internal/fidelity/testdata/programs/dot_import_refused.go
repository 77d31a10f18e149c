package main

import (
	"fmt"
	. "strings"
)

func main() {
	fmt.Println(ToUpper("shout"), Repeat("!", 3))
}
