package main

import (
	"errors"
	"fmt"
	"strconv"
)

type HTTPError struct {
	Status int
	Reason string
}

func (e HTTPError) Error() string { return strconv.Itoa(e.Status) + " " + e.Reason }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }

type Timeout struct{}

func (Timeout) Error() string { return "timeout" }

func fetch(path string) error {
	switch path {
	case "/":
		return nil
	case "/slow":
		return Timeout{}
	case "/secret":
		return fmt.Errorf("fetch %s: %w", path, HTTPError{403, "Forbidden"})
	}
	return HTTPError{Status: 404, Reason: "Not Found"}
}

func classify(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case HTTPError:
		return fmt.Sprintf("http %d (%s)", e.Status, e.Reason)
	case Timeout:
		return "retry later"
	case Code:
		return "code " + strconv.Itoa(int(e))
	default:
		return "other: " + e.Error()
	}
}

func main() {
	for _, p := range []string{"/", "/slow", "/missing", "/secret"} {
		err := fetch(p)
		fmt.Printf("%-8s %-20s %T\n", p, classify(err), err)
	}
	var he HTTPError
	err := fetch("/secret")
	if errors.As(err, &he) {
		fmt.Println("status", he.Status, "reason", he.Reason)
	}
	fmt.Println(err)
	fmt.Println(errors.Is(err, HTTPError{403, "Forbidden"}), errors.Is(err, HTTPError{404, "Not Found"}))
	var c error = Code(7)
	if code, ok := c.(Code); ok {
		fmt.Println("got", code, int(code))
	}
	_, isHTTP := c.(HTTPError)
	fmt.Println(isHTTP, classify(c), errors.Is(fmt.Errorf("x: %w", c), Code(7)))
	fmt.Println(c == Code(7), c != Code(8), fetch("/missing") == HTTPError{404, "Not Found"})
}
