// encoding/xml's element names of the program's struct types, which the
// interpreter's types have none of: through helpers naming them.
package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Link struct {
	Href string `xml:"href,attr"`
}

type Empty struct{}

func main() {
	out, err := xml.Marshal(Link{"x"})
	fmt.Println(string(out), err)
	out, _ = xml.MarshalIndent([]*Link{{"a"}, {"b"}}, "", " ")
	fmt.Println(string(out))
	out, _ = xml.Marshal(Empty{})
	fmt.Println(string(out))
	var b strings.Builder
	enc := xml.NewEncoder(&b)
	enc.Encode(Link{"y"})
	fmt.Println(b.String())
}

// Output:
// <Link href="x"></Link> <nil>
// <Link href="a"></Link>
// <Link href="b"></Link>
// <Empty></Empty>
// <Link href="y"></Link>
