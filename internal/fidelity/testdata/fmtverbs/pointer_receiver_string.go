package main

import (
	"errors"
	"fmt"
	"strings"
)

type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	*l = append(*l, s)
	return nil
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type ParseError struct {
	Line int
}

func (e *ParseError) Error() string { return fmt.Sprintf("parse error on line %d", e.Line) }

type Node struct{ Val int }

func (n *Node) String() string { return fmt.Sprintf("node(%d)", n.Val) }

func main() {
	var tags listFlag
	tags.Set("a")
	tags.Set("b")
	fmt.Println(tags, &tags)
	fmt.Printf("%v %s %q\n", tags, tags, tags)
	t := Temp(21.5)
	fmt.Println(t, &t)
	fmt.Printf("%v %.2f %s\n", t, t, &t)
	pe := ParseError{3}
	fmt.Println(pe, &pe)
	var err error = &pe
	fmt.Println(err, errors.Is(err, err))
	n := Node{1}
	fmt.Println(n, &n, []Node{{2}}, []*Node{{3}})
	fmt.Printf("%v %+v\n", n, n)
	s := fmt.Sprint(t, " ", tags)
	fmt.Println(s)
}
