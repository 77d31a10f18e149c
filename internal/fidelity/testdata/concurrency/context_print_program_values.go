package main

import (
	"context"
	"errors"
	"fmt"
)

type ctxKey string

type reqKey struct{}

type user struct {
	Name string
	ID   int
}

func (u *user) String() string { return fmt.Sprintf("user(%s#%d)", u.Name, u.ID) }

func main() {
	base := context.Background()
	ctx := context.WithValue(base, ctxKey("trace"), "abc")
	ctx = context.WithValue(ctx, reqKey{}, 42)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ctx = context.WithValue(ctx, "plain", &user{"ann", 7})
	ctx = context.WithValue(ctx, "lvl", 1.5)
	fmt.Println(ctx)
	fmt.Printf("%v\n%s\n", ctx, ctx)
	var x any = ctx
	fmt.Println(x)
	c2, cancel2 := context.WithCancelCause(context.WithoutCancel(ctx))
	cancel2(errors.New("stop"))
	fmt.Println(c2, context.Cause(c2))
	fmt.Println(context.TODO(), ctx.Value(ctxKey("trace")), ctx.Value("trace"))
	s := fmt.Sprint(ctx)
	fmt.Println(len(s) > 10)
}
