package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.WriteByte('w')
	buf.Write([]byte("orld"))
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Contains([]byte("abc"), []byte("bc")))
}
