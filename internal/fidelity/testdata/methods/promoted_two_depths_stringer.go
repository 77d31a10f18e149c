package main

import (
	"bytes"
	"fmt"
)

type base struct{ id int }

func (b base) String() string { return fmt.Sprintf("base#%d", b.id) }

type entity struct{ base }

// A log record: its text, and an entity it is about.
type Record struct {
	entity
	*bytes.Buffer
}

func main() {
	r := Record{entity{base{7}}, bytes.NewBufferString("started")}
	fmt.Println(r.String())
	var s fmt.Stringer = r
	fmt.Println(s.String())
	fmt.Println(r)
}
