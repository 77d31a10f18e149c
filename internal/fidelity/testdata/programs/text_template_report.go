package main

import (
	"os"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

const tpl = `Order for {{.Customer | upper}}:
{{range $i, $it := .Items}}{{if $i}}
{{end}}  {{$i}}. {{printf "%-8s" $it.Name}} {{$it.Qty}} x {{printf "%.2f" $it.Price}} = {{printf "%.2f" $it.Total}}{{end}}
{{with .Note}}Note: {{.}}{{else}}No note.{{end}}
`

func main() {
	t := template.Must(template.New("order").Funcs(template.FuncMap{"upper": strings.ToUpper}).Parse(tpl))
	data := struct {
		Customer string
		Items    []Item
		Note     string
	}{"ada", []Item{{"pen", 1.5, 4}, {"notebook", 3.25, 2}}, ""}
	if err := t.Execute(os.Stdout, data); err != nil {
		panic(err)
	}
	data.Note = "gift wrap"
	t.Execute(os.Stdout, data)
}
