package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

type Level int

func (l Level) String() string { return [...]string{"LOW", "MID", "HIGH"}[l] }

type Tags []string

func (t Tags) String() string { return fmt.Sprintf("tags%d", len(t)) }

type Pt struct{ X int }

func (p Pt) String() string { return "pt" }

func g(name string, v any, pr func(any)) {
	defer func() { pr(recover()) }()
	panic(v)
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	func() { defer func() { fmt.Println("1", recover()) }(); panic(Level(2)) }()
	func() { defer func() { fmt.Printf("2 %v %s %d\n", recover(), "x", 1) }(); panic(Level(2)) }()
	func() { defer func() { log.Println("3", recover()) }(); panic(Level(2)) }()
	func() { defer func() { fmt.Println("4", fmt.Sprint(recover())) }(); panic(Level(2)) }()
	func() { defer func() { fmt.Println("5", recover()) }(); panic(Tags{"a"}) }()
	func() { defer func() { fmt.Println("6", recover()) }(); panic(Pt{}) }()
	func() { defer func() { fmt.Println("7", errors.New(fmt.Sprint(recover()))) }(); panic(Level(1)) }()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("8", r)
			}
		}()
		panic(Level(1))
	}()
	g("9", Level(0), func(v any) { fmt.Println("9", v) })
	func() { defer func() { fmt.Printf("10 %T\n", recover()) }(); panic(Level(2)) }()
}
