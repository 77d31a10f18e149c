// A deferred print of a call of several results prints them all.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type P struct{ X int }

func pair() (int, error) { return 42, errors.New("e") }

func main() {
	defer fmt.Println(strconv.Atoi("42"))
	defer fmt.Println(strings.Cut("a=b", "="))
	defer fmt.Println(pair())
	go fmt.Sprint(pair())
	fmt.Println(P{1})
}
