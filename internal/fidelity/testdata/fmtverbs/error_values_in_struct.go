package main

import (
	"errors"
	"fmt"
)

type Result struct {
	Name string
	Err  error
}

type TimeoutErr struct{ Op string }

func (e TimeoutErr) Error() string { return e.Op + ": timeout" }

func run(name string) Result {
	switch name {
	case "db":
		return Result{name, TimeoutErr{"query"}}
	case "cache":
		return Result{name, errors.New("miss")}
	case "api":
		return Result{name, fmt.Errorf("call: %w", TimeoutErr{"dial"})}
	}
	return Result{Name: name}
}

func main() {
	var results []Result
	for _, n := range []string{"db", "cache", "api", "fs"} {
		results = append(results, run(n))
	}
	for _, r := range results {
		fmt.Printf("%v | %+v\n", r, r)
	}
	fmt.Println(results)
	var te TimeoutErr
	for _, r := range results {
		fmt.Print(errors.As(r.Err, &te), " ")
	}
	fmt.Println()
	errs := []error{results[0].Err, results[1].Err}
	fmt.Println(errs, len(errs))
	fmt.Printf("%v %s %q\n", errs[0], errs[0], errs[1])
}
