package main

import (
	"os"
	"text/template"
)

type Level int

func (l Level) String() string { return [...]string{"low", "high"}[l] }

func main() {
	t := template.Must(template.New("status").Parse("level {{.Level}} ({{printf \"%d\" .Level}})\n"))
	t.Execute(os.Stdout, map[string]any{"Level": Level(1)})
}
