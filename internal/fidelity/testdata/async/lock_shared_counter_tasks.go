package main

import (
	"fmt"
	"time"

	"github.com/asyncrepl/asyncrepl/loop"
)

type Inventory struct {
	lock  *loop.Lock
	stock map[string]int
	log   []string
}

func (inv *Inventory) Buy(who, item string) *loop.Coroutine {
	return loop.Async(func() (any, error) {
		if _, err := loop.Await(inv.lock.Acquire()); err != nil {
			return false, err
		}
		defer inv.lock.Release()
		n := inv.stock[item]
		if _, err := loop.Await(loop.Sleep(10 * time.Millisecond)); err != nil {
			return false, err
		}
		if n == 0 {
			inv.log = append(inv.log, who+" missed "+item)
			return false, nil
		}
		inv.stock[item] = n - 1
		inv.log = append(inv.log, who+" got "+item)
		return true, nil
	})
}

func main() {
	inv := &Inventory{lock: loop.NewLock(), stock: map[string]int{"book": 2, "pen": 1}}
	res, err := loop.Run(loop.Async(func() (any, error) {
		var aws []loop.Awaitable
		for _, who := range []string{"ann", "bob", "cat"} {
			aws = append(aws, inv.Buy(who, "book"), inv.Buy(who, "pen"))
		}
		return loop.Await(loop.Gather(aws...))
	}))
	fmt.Println(res, err)
	for _, l := range inv.log {
		fmt.Println(l)
	}
	fmt.Println(inv.stock, inv.lock.Locked())
}
