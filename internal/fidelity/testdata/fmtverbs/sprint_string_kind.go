// fmt.Sprint and Print put a space between two operands only when
// neither is a string: a value of a string type with methods is a string,
// also when held in an interface.
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

type Tag string

func (t Tag) String() string { return "#" + string(t) }

type Msg string

func (m Msg) Error() string { return "msg:" + string(m) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code-%d", int(c)) }

func main() {
	var a any = Tag("z")
	fmt.Println(fmt.Sprint(1, a, 2))
	fmt.Println(fmt.Sprint(1, Tag("y"), 2))
	var e error = Msg("hi")
	var c error = Code(7)
	fmt.Println(fmt.Sprint(c, e), fmt.Sprint(e, e), fmt.Sprint(c, c))
	args := []any{1, Tag("q"), 2}
	fmt.Println(fmt.Sprint(args...))
	var s fmt.Stringer = Tag("w")
	fmt.Print(1, s, 2, "\n")
	fmt.Fprint(os.Stdout, 1, a, 2, errors.New("e"), 3, "\n")
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Print(1, a, 2)
	fmt.Println(fmt.Sprintln(1, a, 2) == "1 #z 2\n")
}
