package main

import (
	"context"
	"fmt"
)

type key struct{}

type pk struct{ name string }

type User struct{ Name string }

type Cfg struct {
	Port int
	host string
}

func main() {
	ctx := context.WithValue(context.Background(), key{}, User{"ann"})
	fmt.Println(ctx)
	ctx = context.WithValue(ctx, &pk{"p"}, &Cfg{8080, "h"})
	fmt.Println(ctx)
	fmt.Printf("%v|%s\n", ctx, ctx)
}
