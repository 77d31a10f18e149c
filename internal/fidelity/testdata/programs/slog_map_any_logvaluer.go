package main

import (
	"log/slog"
	"os"
)

type Token string

func (t Token) LogValue() slog.Value { return slog.StringValue("***") }

func main() {
	log := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	log.Info("tok", "t", Token("abcd"))
	log.Info("slices", "m", map[string]any{"k": []int{1}, "s": "x"})
}
