// Method values of compiled types whose parameters are of packages the
// file does not import (io.Writer of strings.Reader.WriteTo and of
// text/template's Execute), taken before the receiver changes.
package main

import (
	"os"
	"strings"
	"text/template"
)

func main() {
	r := strings.NewReader("hello\n")
	write := r.WriteTo
	write(os.Stdout)

	t := template.Must(template.New("t").Parse("{{.}} times\n"))
	exec := t.Execute
	t = template.Must(template.New("u").Parse("changed {{.}}\n"))
	exec(os.Stdout, 42)
	t.Execute(os.Stdout, 7)
}
