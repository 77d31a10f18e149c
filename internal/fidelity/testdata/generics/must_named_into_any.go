package main

import (
	"fmt"
	"strconv"
	"time"
)

type Port int

func (p Port) String() string { return ":" + strconv.Itoa(int(p)) }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func ParsePort(s string) (Port, error) {
	n, err := strconv.Atoi(s)
	return Port(n), err
}

func main() {
	p := Must(ParsePort("8080"))
	fmt.Println(p)
	settings := map[string]any{
		"port":    Must(ParsePort("9090")),
		"timeout": Must(time.ParseDuration("1m30s")),
	}
	fmt.Println(settings["port"], settings["timeout"])
	var v any = Must(ParsePort("7"))
	fmt.Println(v)
	var d any = Must(time.ParseDuration("2s"))
	fmt.Println(d)
}
