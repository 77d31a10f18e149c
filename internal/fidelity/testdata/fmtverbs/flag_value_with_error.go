package main

import (
	"flag"
	"fmt"
	"strings"
)

// modeFlag is a command-line flag whose bad values are errors too: it
// reports itself by its Error method, as fmt prefers Error to String.
type modeFlag struct {
	mode string
	bad  []string
}

func (m *modeFlag) String() string { return m.mode }

func (m *modeFlag) Set(s string) error {
	switch s {
	case "fast", "safe":
		m.mode = s
	default:
		m.bad = append(m.bad, s)
	}
	return nil
}

func (m *modeFlag) Error() string {
	if len(m.bad) == 0 {
		return "mode " + m.mode
	}
	return "bad modes: " + strings.Join(m.bad, ", ")
}

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	var m modeFlag
	fs.Var(&m, "mode", "fast or safe")
	if err := fs.Parse([]string{"-mode", "fast", "-mode", "turbo"}); err != nil {
		fmt.Println("parse:", err)
	}
	v := fs.Lookup("mode").Value
	fmt.Println(v)
	fmt.Printf("%v|%s|%q\n", v, v, v)
	fmt.Println(v.String())
	var val flag.Value = &m
	fmt.Println([]flag.Value{val})
	fs.VisitAll(func(f *flag.Flag) { fmt.Printf("-%s = %v\n", f.Name, f.Value) })
}
