package main

import (
	"errors"
	"fmt"
)

type Code int

const (
	OK Code = iota
	BadRequest
	Unauthorized
	Internal
)

func (c Code) String() string {
	switch c {
	case OK:
		return "OK"
	case BadRequest:
		return "BadRequest"
	case Unauthorized:
		return "Unauthorized"
	}
	return fmt.Sprintf("Code(%d)", int(c))
}

type APIError struct {
	Code Code
	Msg  string
}

func (e *APIError) Error() string { return fmt.Sprintf("%v: %s", e.Code, e.Msg) }

func (e *APIError) Is(target error) bool {
	t, ok := target.(*APIError)
	return ok && t.Code == e.Code
}

var ErrUnauthorized = &APIError{Code: Unauthorized}

func call(i int) error {
	switch i {
	case 0:
		return nil
	case 1:
		return &APIError{BadRequest, "missing id"}
	case 2:
		return fmt.Errorf("fetch user: %w", &APIError{Unauthorized, "token expired"})
	}
	return &APIError{Internal, "boom"}
}

func main() {
	counts := map[Code]int{}
	for i := 0; i < 4; i++ {
		err := call(i)
		var ae *APIError
		if errors.As(err, &ae) {
			counts[ae.Code]++
			fmt.Printf("%d: %v (code %d, %s) unauthorized=%t\n", i, err, ae.Code, ae.Code, errors.Is(err, ErrUnauthorized))
		} else {
			counts[OK]++
			fmt.Println(i, "fine")
		}
	}
	fmt.Println(counts)
	codes := []Code{Internal, OK, Unauthorized}
	fmt.Println(codes, fmt.Sprint(codes[0]))
	fmt.Printf("%v %d %+v %#v\n", codes, codes, codes[1], codes[2])
}
