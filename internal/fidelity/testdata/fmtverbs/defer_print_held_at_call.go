package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
)

type Temp int

func (t Temp) String() string { return fmt.Sprintf("%dC", int(t)) }

type Box struct{ T []Temp }

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	m := map[string]Temp{}
	var a any = m
	b := &Box{}
	var ab any = b
	var bv any = Box{T: []Temp{1}}
	var st fmt.Stringer = Temp(1)
	defer fmt.Println("fmt", a, ab, bv, st)
	defer log.Println("log", a, ab)
	defer fmt.Printf("printf %v %v\n", a, ab)
	defer json.NewEncoder(os.Stdout).Encode(a)
	m["x"] = 1
	b.T = append(b.T, 2)
	bv.(Box).T[0] = 9
}
