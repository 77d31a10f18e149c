package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// Commands found by reflection: each exported method of the handler is a
// command, called by name with string arguments.
type Shell struct {
	cwd  string
	seen []string
}

func (s *Shell) Cd(dir string) string { s.cwd = dir; return "cwd=" + dir }
func (s *Shell) Pwd() string          { return s.cwd }
func (s *Shell) Echo(args ...string) string {
	return strings.Join(args, " ")
}
func (s Shell) Help() string  { return "commands: " + strings.Join(commands(&s), ", ") }
func (s *Shell) log(c string) { s.seen = append(s.seen, c) }

func commands(h any) []string {
	t := reflect.TypeOf(h)
	var names []string
	for i := 0; i < t.NumMethod(); i++ {
		names = append(names, strings.ToLower(t.Method(i).Name))
	}
	sort.Strings(names)
	return names
}

func run(h any, line string) string {
	fields := strings.Fields(line)
	name := strings.ToUpper(fields[0][:1]) + fields[0][1:]
	m := reflect.ValueOf(h).MethodByName(name)
	if !m.IsValid() {
		return "unknown command " + fields[0]
	}
	var args []reflect.Value
	for _, a := range fields[1:] {
		args = append(args, reflect.ValueOf(a))
	}
	if m.Type().NumIn() != len(args) && !m.Type().IsVariadic() {
		return fmt.Sprintf("%s takes %d arguments", fields[0], m.Type().NumIn())
	}
	return m.Call(args)[0].String()
}

type Limits struct{ MaxConns, Timeout int }

func (l Limits) Validate() error {
	if l.MaxConns < 1 {
		return fmt.Errorf("max conns %d out of range", l.MaxConns)
	}
	return nil
}

type Config struct {
	Name   string
	Limits Limits
}

func (c Config) String() string { return "config " + c.Name }

func (c Config) Validate() error {
	if c.Name == "" {
		return fmt.Errorf("no name")
	}
	return nil
}

// validateAll calls Validate on every field whose type has it.
func validateAll(v any) []string {
	var errs []string
	rv := reflect.ValueOf(v)
	vt := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	if rv.Type().Implements(vt) {
		errs = append(errs, "a Stringer: "+rv.Interface().(fmt.Stringer).String())
	}
	if _, ok := rv.Type().MethodByName("Validate"); ok {
		if err := rv.MethodByName("Validate").Call(nil)[0]; !err.IsNil() {
			errs = append(errs, err.Interface().(error).Error())
		}
	}
	for i := 0; i < rv.NumField(); i++ {
		f := rv.Field(i)
		if m := f.MethodByName("Validate"); m.IsValid() {
			if err := m.Call(nil)[0]; !err.IsNil() {
				errs = append(errs, rv.Type().Field(i).Name+": "+err.Interface().(error).Error())
			}
		}
	}
	return errs
}

func main() {
	sh := &Shell{cwd: "/"}
	sh.log("start")
	fmt.Println(commands(sh))
	for _, line := range []string{"pwd", "cd /tmp", "pwd", "echo a b c", "help", "rm x", "cd"} {
		fmt.Printf("%-10s -> %s\n", line, run(sh, line))
	}
	fmt.Println(reflect.TypeOf(Shell{}).NumMethod(), reflect.TypeOf(sh).NumMethod())
	fmt.Println(validateAll(Config{"web", Limits{10, 30}}))
	fmt.Println(validateAll(Config{"", Limits{0, 30}}))
}
