package main

import (
	"fmt"
	"os"
	"text/template"
)

type Row struct {
	Name  string
	Score int
}

func (r Row) Passed() bool { return r.Score >= 50 }

func main() {
	t := template.Must(template.New("report").Parse(
		"{{.Title}}\n{{range .Rows}}{{.Name}}: {{if .Passed}}ok{{else}}FAIL{{end}}\n{{end}}"))
	data := map[string]any{
		"Title": "Results",
		"Rows":  []Row{{"ann", 93}, {"bob", 10}},
	}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
}
