package main

import (
	"log/slog"
	"os"
)

type Status int

const (
	Pending Status = iota
	Shipped
)

func (s Status) String() string { return [...]string{"pending", "shipped"}[s] }

type Order struct {
	ID     int
	Status Status
	secret string
}

type Customer struct {
	Name   string
	Orders []Order
}

func main() {
	drop := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}
	c := Customer{"ann", []Order{{1, Shipped, "x"}, {2, Pending, "y"}}}
	text := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: drop}))
	text.Info("order", "order", c.Orders[0], "customer", c)
	js := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: drop}))
	js.Info("order", "order", c.Orders[0], "customer", &c)
}
