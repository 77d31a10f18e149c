package main

import (
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	Name    string
	Balance int
}

func (a Account) Label() string       { return strings.ToUpper(a.Name) }
func (a *Account) Deposit(n int)      { a.Balance += n }
func (a Account) Rich(limit int) bool { return a.Balance > limit }

func main() {
	accounts := []Account{{"bob", 30}, {"ann", 120}, {"cid", 75}}
	deposit := (*Account).Deposit
	for i := range accounts {
		deposit(&accounts[i], 10)
	}
	label := Account.Label
	sort.Slice(accounts, func(i, j int) bool { return label(accounts[i]) < label(accounts[j]) })
	checks := map[string]func(Account, int) bool{"rich": Account.Rich}
	for _, a := range accounts {
		fmt.Println(label(a), a.Balance, checks["rich"](a, 80))
	}
	fmt.Printf("%T\n", label)
}
