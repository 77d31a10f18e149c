package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	mu      sync.Mutex
	id      int
	balance int
}

func transfer(from, to *Account, amount int) error {
	a, b := from, to
	if a.id > b.id {
		a, b = b, a
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	b.mu.Lock()
	defer b.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d from %d: %w", amount, from.id, ErrInsufficient)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

func main() {
	accts := []*Account{{id: 1, balance: 100}, {id: 2, balance: 100}, {id: 3, balance: 100}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			from := accts[i%3]
			to := accts[(i+1)%3]
			if err := transfer(from, to, 10); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, a := range accts {
		sum += a.balance
	}
	fmt.Println("total:", sum, "failures:", failures)
	err := transfer(accts[0], accts[1], 1000)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
}
