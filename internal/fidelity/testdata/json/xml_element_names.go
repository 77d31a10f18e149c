package main

import (
	"encoding/xml"
	"fmt"
	"os"
)

type Item struct {
	SKU   string  `xml:"sku,attr"`
	Name  string  `xml:"name"`
	Price float64 `xml:"price,omitempty"`
}

type Order struct {
	XMLName xml.Name `xml:"order"`
	ID      int      `xml:"id,attr"`
	Items   []Item   `xml:"items>item"`
	Note    *Note
}

type Note struct {
	Text string `xml:",chardata"`
	By   string `xml:"by,attr"`
}

type Empty struct{}

func main() {
	out, err := xml.Marshal(Item{"a1", "apple", 1.5})
	fmt.Println(string(out), err)
	out, err = xml.MarshalIndent(&Item{"b2", "pear", 0}, "", "  ")
	fmt.Println(string(out), err)
	out, err = xml.MarshalIndent([]Item{{"c", "x", 1}, {"d", "y", 2}}, "> ", "\t")
	fmt.Println(string(out), err)
	out, err = xml.Marshal([]*Note{{"hi", "me"}, {"yo", "you"}})
	fmt.Println(string(out), err)
	o := Order{ID: 7, Items: []Item{{"e", "z", 3}}, Note: &Note{"rush", "ops"}}
	out, err = xml.MarshalIndent(o, "", " ")
	fmt.Println(string(out), err)
	var np *Item
	out, err = xml.Marshal(np)
	fmt.Printf("%q %v\n", out, err)
	out, err = xml.Marshal(Empty{})
	fmt.Println(string(out), err)
	out, err = xml.Marshal(42)
	fmt.Println(string(out), err)
	enc := xml.NewEncoder(os.Stdout)
	enc.Indent("", "  ")
	if err := enc.Encode(Note{"n", "b"}); err != nil {
		fmt.Println(err)
	}
	if err := enc.Encode([]Item{{"f", "g", 0}}); err != nil {
		fmt.Println(err)
	}
	fmt.Println()
	var back Item
	err = xml.Unmarshal([]byte(`<Item sku="q"><name>quince</name></Item>`), &back)
	fmt.Printf("%+v %v\n", back, err)
	var a any = Item{"h", "i", 2}
	out, err = xml.Marshal(a)
	fmt.Println(string(out), err)
}
