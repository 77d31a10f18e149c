package main

import (
	"errors"
	"fmt"
)

type CodedError interface {
	error
	Code() int
}

type httpErr struct {
	inner  error
	status int
}

func (h *httpErr) Error() string { return fmt.Sprintf("http %d", h.status) }
func (h *httpErr) Code() int     { return h.status }

func fail() CodedError { return &httpErr{errors.New("inner"), 404} }

func report(err error) { fmt.Println("report:", err) }

func main() {
	ce := fail()
	fmt.Println(ce, ce.Code())
	report(ce)
	var err error = ce
	fmt.Println(err.Error())
	wrapped := fmt.Errorf("ctx: %w", ce)
	fmt.Println(wrapped)
	var he *httpErr
	fmt.Println(errors.As(wrapped, &he), he.status)
	var c CodedError
	fmt.Println(errors.As(wrapped, &c), c.Code())
}
