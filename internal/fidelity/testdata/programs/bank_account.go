package main

import (
	"errors"
	"fmt"
)

type Account struct {
	Owner   string
	balance float64
	history []string
}

var ErrInsufficient = errors.New("insufficient funds")

func (a *Account) Deposit(x float64) {
	a.balance += x
	a.history = append(a.history, fmt.Sprintf("+%.2f", x))
}

func (a *Account) Withdraw(x float64) error {
	if x > a.balance {
		return fmt.Errorf("withdraw %.2f from %s: %w", x, a.Owner, ErrInsufficient)
	}
	a.balance -= x
	a.history = append(a.history, fmt.Sprintf("-%.2f", x))
	return nil
}

func (a *Account) String() string {
	return fmt.Sprintf("%s: %.2f %v", a.Owner, a.balance, a.history)
}

func main() {
	acc := &Account{Owner: "ann"}
	acc.Deposit(100)
	if err := acc.Withdraw(30); err != nil {
		fmt.Println(err)
	}
	if err := acc.Withdraw(100); err != nil {
		fmt.Println(err, errors.Is(err, ErrInsufficient))
	}
	fmt.Println(acc)
}
