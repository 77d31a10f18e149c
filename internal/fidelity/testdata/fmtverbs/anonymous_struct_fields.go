package main

import "fmt"

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "debug"
	case 1:
		return "info"
	}
	return "warn"
}

type entry struct {
	msg string
	lvl Level
}

func describe(v any) string { return fmt.Sprintf("%v / %+v", v, v) }

func main() {
	// Quick ad-hoc records, the way one writes them for a table test.
	rows := []struct {
		Name  string
		Level Level
	}{{"boot", 1}, {"disk", 2}}
	for _, r := range rows {
		fmt.Println(describe(r))
	}
	fmt.Println(describe(struct{ L []Level }{[]Level{0, 2}}))
	fmt.Println(describe(entry{"x", 1}))
	var all []any
	for _, r := range rows {
		all = append(all, r)
	}
	fmt.Println(all...)
	ptrs := []any{&entry{"y", 0}}
	fmt.Println(len(fmt.Sprint(ptrs)) > 3, fmt.Sprint(ptrs)[:3])
	fmt.Printf("%v\n", &entry{"z", 2})
}
