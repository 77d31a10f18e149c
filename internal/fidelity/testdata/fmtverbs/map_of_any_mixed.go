package main

import (
	"errors"
	"fmt"
)

type Status int

func (s Status) String() string {
	if s == 0 {
		return "down"
	}
	return "up"
}

type Check struct {
	Host   string
	Status Status
}

type timeoutErr struct{ after int }

func (e timeoutErr) Error() string { return fmt.Sprintf("timeout after %ds", e.after) }

func main() {
	report := map[string]any{
		"status": Status(1),
		"checks": []Check{{"a", 0}, {"b", 1}},
		"last":   Check{"c", 1},
		"count":  2,
		"err":    timeoutErr{3},
	}
	fmt.Println(report)
	fmt.Printf("%v\n", report["last"])
	var err error = timeoutErr{5}
	details := map[string]any{"err": err, "plain": errors.New("boom")}
	fmt.Println(details)
}
