package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	name    string
	balance int
}

var ErrInsufficient = errors.New("insufficient funds")

func transfer(from, to *Account, amount int) error {
	first, second := from, to
	if from.name > to.name {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amount {
		return fmt.Errorf("transfer %d from %s: %w", amount, from.name, ErrInsufficient)
	}
	from.balance -= amount
	to.balance += amount
	return nil
}

func main() {
	a := &Account{name: "alice", balance: 1000}
	b := &Account{name: "bob", balance: 1000}
	var wg sync.WaitGroup
	var mu sync.Mutex
	failures := 0
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			if err := transfer(a, b, 3); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			if err := transfer(b, a, 2); err != nil {
				mu.Lock()
				failures++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(a.balance+b.balance, failures)
	err := transfer(a, b, 5000)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
}
