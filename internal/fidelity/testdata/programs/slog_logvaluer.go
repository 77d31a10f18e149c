package main

import (
	"log/slog"
	"os"
)

type Secret string

func (Secret) LogValue() slog.Value { return slog.StringValue("REDACTED") }

type Token struct{ raw string }

func (Token) LogValue() slog.Value { return slog.StringValue("tok-***") }

func main() {
	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == "time" {
			return slog.Attr{}
		}
		return a
	}})
	lg := slog.New(h)
	lg.Info("login", "pw", Secret("hunter2"), "tok", Token{"abc"})
}
