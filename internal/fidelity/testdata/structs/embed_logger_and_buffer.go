// A logger and a buffer embedded with other fields, their promoted
// methods called and the value handed to fmt.Fprintf and io.ReadAll.
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type AppLog struct {
	*log.Logger
	level int
}

func (a AppLog) Debug(format string, args ...any) {
	if a.level > 1 {
		a.Printf("debug: "+format, args...)
	}
}

type Doc struct {
	*bytes.Buffer
	Title string
}

type Named struct {
	*strings.Reader
	Name string
}

func main() {
	al := AppLog{log.New(os.Stdout, "app: ", 0), 2}
	al.Printf("hello %d", 1)
	al.SetPrefix("new: ")
	al.Debug("x=%v", 3)
	fmt.Println(al.Prefix(), al.Flags())

	d := Doc{&bytes.Buffer{}, "notes"}
	d.WriteString("hello ")
	fmt.Fprintf(d, "%d items", 42)
	fmt.Println(d.Title, d.Len(), d.String())

	n := Named{strings.NewReader("data"), "n"}
	b, err := io.ReadAll(n)
	fmt.Println(string(b), err, n.Name)
}
