package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Labeler interface {
	Label() string
}

type ID int

func (id ID) Label() string { return "#" + strconv.Itoa(int(id)) }

type User struct{ Name string }

func (u User) Label() string { return "@" + u.Name }

func JoinLabels[T Labeler](xs []T) string {
	label := func(x T) string { return Labeler(x).Label() }
	var parts []string
	for _, x := range xs {
		parts = append(parts, label(x))
	}
	return strings.Join(parts, ", ")
}

func main() {
	fmt.Println(JoinLabels([]ID{1, 22, 333}))
	fmt.Println(JoinLabels([]User{{"ann"}, {"bo"}}))
}
