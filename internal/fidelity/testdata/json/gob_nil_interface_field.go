package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type Result struct {
	Val int
	Err error
}

func main() {
	var buf bytes.Buffer
	fmt.Println(gob.NewEncoder(&buf).Encode(Result{Val: 1})) // Go: <nil> (a nil interface field is skipped)
}
