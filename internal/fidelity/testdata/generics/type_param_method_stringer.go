package main

import "fmt"

type Named interface {
	comparable
	Name() string
}

type User struct{ ID int }

func (u User) Name() string { return fmt.Sprintf("user%d", u.ID) }

func Names[T Named](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Name())
	}
	return out
}

func main() {
	fmt.Println(Names([]User{{1}, {2}}))
}
