package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ K string }

func (e NotFound) Error() string { return "missing " + e.K }

type Forbidden struct{}

func (Forbidden) Error() string { return "forbidden" }

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case NotFound:
		return "404 " + e.K
	case Forbidden:
		return "403"
	default:
		return "500 " + e.Error()
	}
}

func main() {
	fmt.Println(describe(nil), describe(NotFound{"x"}), describe(Forbidden{}), describe(errors.New("boom")))
}
