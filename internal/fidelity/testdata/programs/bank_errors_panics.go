package main

import (
	"errors"
	"fmt"
	"strings"
)

type AccountID int

func (id AccountID) String() string { return fmt.Sprintf("ACC-%04d", int(id)) }

type InsufficientFunds struct {
	ID        AccountID
	Need, Has int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("account %v: need %d, has %d", e.ID, e.Need, e.Has)
}

var ErrFrozen = errors.New("account frozen")

type Account struct {
	ID      AccountID
	Balance int
	Frozen  bool
	Log     []string
}

type Bank struct {
	accounts map[AccountID]*Account
}

func (b *Bank) Get(id AccountID) *Account {
	a, ok := b.accounts[id]
	if !ok {
		panic(fmt.Sprintf("no account %v", id))
	}
	return a
}

func (b *Bank) Transfer(from, to AccountID, amt int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("transfer %v->%v: %v", from, to, r)
		}
	}()
	src, dst := b.Get(from), b.Get(to)
	if src.Frozen {
		return fmt.Errorf("transfer from %v: %w", from, ErrFrozen)
	}
	if src.Balance < amt {
		return fmt.Errorf("transfer: %w", &InsufficientFunds{from, amt, src.Balance})
	}
	src.Balance -= amt
	dst.Balance += amt
	src.Log = append(src.Log, fmt.Sprintf("-%d to %v", amt, to))
	dst.Log = append(dst.Log, fmt.Sprintf("+%d from %v", amt, from))
	return nil
}

func main() {
	b := &Bank{accounts: map[AccountID]*Account{}}
	for i, bal := range []int{100, 50, 0} {
		id := AccountID(i + 1)
		b.accounts[id] = &Account{ID: id, Balance: bal}
	}
	b.accounts[3].Frozen = true
	attempts := []struct {
		from, to AccountID
		amt      int
	}{
		{1, 2, 30}, {2, 1, 100}, {3, 1, 1}, {1, 9, 5}, {2, 3, 80},
	}
	for _, a := range attempts {
		err := b.Transfer(a.from, a.to, a.amt)
		var inf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Println("ok", a.from, a.to, a.amt)
		case errors.Is(err, ErrFrozen):
			fmt.Println("frozen:", err)
		case errors.As(err, &inf):
			fmt.Println("short by", inf.Need-inf.Has, "-", err)
		default:
			fmt.Println("error:", err)
		}
	}
	for id := AccountID(1); id <= 3; id++ {
		a := b.accounts[id]
		fmt.Printf("%v %4d [%s]\n", a.ID, a.Balance, strings.Join(a.Log, "; "))
	}
}
