// The errors of compiled packages naming a type of the program's: named as
// Go names it, not as the interpreter's struct type (through a helper).
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
)

type Rec struct{ Name string }

type Node struct{ Next *Node }

func main() {
	var buf bytes.Buffer
	fmt.Println(binary.Write(&buf, binary.LittleEndian, Rec{"x"}))
	n := &Node{}
	n.Next = n
	_, err := json.Marshal(n)
	fmt.Println(err)
}

// Output:
// binary.Write: some values are not fixed-sized in type main.Rec
// json: unsupported value: encountered a cycle via *main.Node
