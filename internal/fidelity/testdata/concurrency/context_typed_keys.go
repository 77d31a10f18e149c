package main

import (
	"context"
	"fmt"
)

type ctxKey string

type requestIDKey struct{}

type traceIDKey struct{}

const userKey ctxKey = "user"

func withUser(ctx context.Context, name string) context.Context {
	return context.WithValue(ctx, userKey, name)
}

func user(ctx context.Context) (string, bool) {
	name, ok := ctx.Value(userKey).(string)
	return name, ok
}

func main() {
	ctx := withUser(context.Background(), "bob")
	ctx = context.WithValue(ctx, requestIDKey{}, 42)
	fmt.Println(user(ctx))
	fmt.Println(ctx.Value("user"))
	fmt.Println(ctx.Value(requestIDKey{}), ctx.Value(traceIDKey{}))
	fmt.Println(ctx.Value(ctxKey("user")))
	ctx2, cancel := context.WithCancel(ctx)
	defer cancel()
	fmt.Println(ctx2.Value(userKey), ctx2.Value(requestIDKey{}))
}
