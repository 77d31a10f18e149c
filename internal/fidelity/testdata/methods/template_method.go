package main

import (
	"os"
	"text/template"
)

type User struct{ First, Last string }

func (u User) FullName() string { return u.First + " " + u.Last }

func main() {
	t := template.Must(template.New("t").Parse("Hello, {{.FullName}} ({{.First}})\n"))
	if err := t.Execute(os.Stdout, User{"Ada", "Lovelace"}); err != nil {
		panic(err)
	}
}
