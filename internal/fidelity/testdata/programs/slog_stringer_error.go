package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
)

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

type Level int

const (
	Low Level = iota
	High
)

func (l Level) String() string { return [...]string{"low", "high"}[l] }

type NotFoundError struct{ Key string }

func (e *NotFoundError) Error() string { return "key " + e.Key + " not found" }

func find(key string) (string, *NotFoundError) {
	if key == "home" {
		return "/home", nil
	}
	return "", &NotFoundError{key}
}

func main() {
	logger := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}))
	_, err := find("work")
	logger.Error("lookup failed", "err", err, "at", Point{1, 2}, "priority", High)
	logger.With("origin", Point{0, 0}).Info("moved", slog.Any("to", Point{3, 4}), slog.Group("req", "priority", Low))

	jsonLogger := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}))
	jsonLogger.Warn("as json", "err", err, "at", Point{5, 6}, "priority", High, "wrapped", errors.New("plain"))
}
