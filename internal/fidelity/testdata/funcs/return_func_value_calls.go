package main

import (
	"errors"
	"fmt"
)

type Rule struct {
	Name  string
	Check func(string) error
}

type Server struct {
	Validate func(string) error
	hooks    map[string]func() int
}

func (s *Server) check(p string) (string, error) { return p, s.Validate(p) }

func apply[T any](v T, fs []func(T) T) (T, int) {
	for _, f := range fs {
		v = f(v)
	}
	return fs[0](v), len(fs)
}

func main() {
	rules := []Rule{{"nonempty", func(s string) error {
		if s == "" {
			return errors.New("empty")
		}
		return nil
	}}}
	validate := func(v string) (string, error) {
		r := rules[0]
		return v, r.Check(v)
	}
	fmt.Println(validate(""))
	s := &Server{Validate: func(p string) error { return fmt.Errorf("bad %q", p) }, hooks: map[string]func() int{"a": func() int { return 7 }}}
	fmt.Println(s.check("x"))
	get := func(k string) (int, bool) { return s.hooks[k](), true }
	fmt.Println(get("a"))
	fmt.Println(apply(2, []func(int) int{func(i int) int { return i * 3 }}))
	fn := s.check
	r := func() (string, error) { return fn("y") }
	fmt.Println(r())
}
