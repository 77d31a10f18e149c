package main

import "fmt"

type Options struct {
	Retries *int
	Name    *string
}

func main() {
	// Go 1.26: new takes a value, handy for optional fields.
	opts := Options{Retries: new(3), Name: new("primary")}
	fmt.Println(*opts.Retries, *opts.Name)
	*opts.Retries++
	fmt.Println(*opts.Retries)
}
