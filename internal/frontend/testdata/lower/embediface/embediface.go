// A method promoted from an interface embedded in a struct is called
// through the field (yaegi panicked: "invalid interface value").
package main

import "fmt"

type Logger interface{ Log(string) }

type Console struct{ prefix string }

func (c Console) Log(s string) { fmt.Println(c.prefix + s) }

type Service struct {
	Logger
	name string
}

type App struct{ *Service }

func main() {
	s := Service{Console{"> "}, "svc"}
	s.Log("direct")
	app := App{&s}
	app.Log("two levels")
	log := app.Log
	log("method value")
	var l Logger = s
	l.Log("as an interface")
}

// Output:
// > direct
// > two levels
// > method value
// > as an interface
