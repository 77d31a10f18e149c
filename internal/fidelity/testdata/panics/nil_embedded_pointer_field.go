// A field promoted through a nil embedded pointer (the embedded *Config
// never set), read and written, recovered as Go's run-time error.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Config struct {
	Port int
	Host string
}

type Server struct {
	*Config
	Name string
}

type Deep struct{ Server }

func try(what string, f func()) {
	defer func() {
		r := recover()
		var re runtime.Error
		err, _ := r.(error)
		fmt.Println(what+":", r, errors.As(err, &re))
	}()
	f()
}

func main() {
	s := Server{Name: "api"}
	fmt.Println(s.Name, s.Config == nil)
	try("read", func() { fmt.Println(s.Port) })
	try("write", func() { s.Host = "localhost" })
	var d Deep
	try("deep", func() { fmt.Println(d.Port) })
	s.Config = &Config{Port: 8080}
	try("set", func() { fmt.Println(s.Port) })
}
