package main

import (
	"context"
	"fmt"
)

type key struct{ name string }

func (k key) String() string { return "key " + k.name }

type val struct{ n int }

func main() {
	ctx := context.WithValue(context.Background(), key{"server"}, val{1})
	fmt.Println(ctx)
	ctx2 := context.WithValue(context.Background(), &val{2}, &val{3})
	fmt.Println(ctx2)
}
