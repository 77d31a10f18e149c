package main

import "fmt"

func account(balance int) (deposit func(int), get func() int) {
	deposit = func(n int) { balance += n }
	get = func() int { return balance }
	return
}

func main() {
	dep, get := account(10)
	dep(5)
	dep(7)
	fmt.Println(get())
}
