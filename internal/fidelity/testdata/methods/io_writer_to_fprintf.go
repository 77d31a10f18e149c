package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	fmt.Fprintln(upper{os.Stdout}, "shout this")
}
