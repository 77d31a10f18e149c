package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"os"
	ttemplate "text/template"
)

type Rec struct {
	Name string
	N    int32
}

type Fixed struct {
	A int32
	B uint16
}

type Node struct {
	Name string
	Next *Node
}

type Cart struct{ Owner string }

func main() {
	var buf bytes.Buffer
	err := binary.Write(&buf, binary.LittleEndian, Rec{"x", 1})
	fmt.Printf("%v|%T\n", err, err)
	fmt.Println(binary.Write(&buf, binary.LittleEndian, Fixed{1, 2}), buf.Len())
	var f Fixed
	fmt.Println(binary.Read(bytes.NewReader(buf.Bytes()), binary.BigEndian, &f), f)
	var r Rec
	fmt.Println(binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &r))
	b, err := binary.Append(nil, binary.LittleEndian, []Rec{{"y", 2}})
	fmt.Println(len(b), err)

	a := &Node{Name: "a"}
	a.Next = a
	_, err = json.Marshal(a)
	var ve *json.UnsupportedValueError
	fmt.Println(err, errors.As(err, &ve))
	_, err = json.MarshalIndent([]*Node{a}, "", " ")
	fmt.Println(err)
	err = json.NewEncoder(io.Discard).Encode(map[string]*Node{"k": a})
	fmt.Println(err)
	if err := json.NewEncoder(os.Stdout).Encode(Cart{"ok"}); err != nil {
		fmt.Println(err)
	}

	t := ttemplate.Must(ttemplate.New("t").Parse(`{{.Owner}} {{.Missing}}`))
	err = t.Execute(io.Discard, Cart{"ann"})
	var ee ttemplate.ExecError
	fmt.Println(err, errors.As(err, &ee), ee.Name)
	err = t.ExecuteTemplate(io.Discard, "t", &Cart{"bob"})
	fmt.Println(err)
	h := template.Must(template.New("h").Parse(`<p>{{.Nope}}</p>`))
	fmt.Println(h.Execute(io.Discard, Cart{"cy"}))
	fmt.Println(t.Execute(os.Stdout, map[string]string{"Owner": "dee"}))
}
