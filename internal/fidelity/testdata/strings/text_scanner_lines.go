package main

import (
	"bufio"
	"fmt"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("line one\nline two\n\nline four"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %s\n", n, sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader("a bb ccc"))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Print(len(ws.Text()))
	}
	fmt.Println()
}
