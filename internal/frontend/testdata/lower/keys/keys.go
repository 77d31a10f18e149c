// Keys of the program's types given to compiled code that compares them:
// context keys, sync.Map keys, reflect.DeepEqual of two types.
package main

import (
	"context"
	"fmt"
	"reflect"
	"sync"
)

type ctxKey string

type aKey struct{}

type bKey struct{}

type UserID int

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "bob")
	ctx = context.WithValue(ctx, aKey{}, 1)
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value("user"))
	fmt.Println(ctx.Value(aKey{}), ctx.Value(bKey{}))
	fmt.Println(reflect.DeepEqual(ctxKey("a"), "a"), reflect.DeepEqual(ctxKey("a"), ctxKey("a")))
	var m sync.Map
	m.Store(UserID(1), "typed")
	v, ok := m.Load(1)
	fmt.Println(v, ok)
	v, ok = m.Load(UserID(1))
	fmt.Println(v, ok)
	m.Range(func(k, v any) bool {
		fmt.Println(k, v)
		return true
	})
}

// Output:
// bob <nil>
// 1 <nil>
// false true
// <nil> false
// typed true
// 1 typed
