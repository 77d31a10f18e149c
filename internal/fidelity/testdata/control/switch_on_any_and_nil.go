package main

import (
	"fmt"
	"io"
	"os"
)

type node struct {
	val  int
	next *node
}

func describe(v any) string {
	switch v {
	case nil:
		return "nothing"
	case "yes", "y":
		return "agreed"
	case 0:
		return "zero"
	case io.EOF:
		return "end of input"
	}
	return fmt.Sprintf("%v", v)
}

func length(n *node) int {
	switch n {
	case nil:
		return 0
	default:
		return 1 + length(n.next)
	}
}

func main() {
	for _, v := range []any{nil, "y", 0, io.EOF, 42, "no"} {
		fmt.Println(describe(v))
	}
	fmt.Println(length(&node{1, &node{2, nil}}))
	var args []string
	switch args {
	case nil:
		fmt.Println("no args")
	}
	done := make(chan struct{})
	var wait <-chan struct{} = done
	switch wait {
	case done:
		fmt.Println("same channel")
	}
	fmt.Fprintln(os.Stdout, "end")
}
