package frontend

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
)

// Query type-checks text, an expression, as input n in the context of the
// session's declarations, without running it, and returns what the checker found.
func (fe *FrontEnd) Query(n int, text string) (*Checked, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, errors.New("repl: no expression")
	}
	src := gosrc.NewSource(gosrc.InputFile, n, text)
	const prefix, suffix = "package main\nfunc _() {\n", "\n}"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", prefix+text+suffix, 0)
	if err != nil {
		return nil, fmt.Errorf("repl: %s is not an expression", text)
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	if len(body) != 1 {
		return nil, fmt.Errorf("repl: %s is not one expression", text)
	}
	if _, ok := body[0].(*ast.ExprStmt); !ok {
		return nil, fmt.Errorf("repl: %s is a statement, not an expression", text)
	}
	seg := gosrc.Segment{Kind: gosrc.SegStmt, To: len(text), Last: true}
	offset := func(p token.Pos) int { return min(max(fset.File(p).Offset(p)-len(prefix), 0), len(text)) }
	p := &Plan{Seg: seg, Src: src, AutoImports: map[string]string{}}
	w := &rewriter{fe: fe, src: src, fset: fset, offset: offset, plan: p, file: f, mode: ModeInput, query: true}
	if err := w.checkNames(); err != nil {
		return nil, err
	}
	c, err := fe.typeCheck(w)
	if err != nil {
		return nil, err
	}
	if c == nil || c.Result == nil {
		return nil, fmt.Errorf("repl: the type of %s is unknown", text)
	}
	return c, nil
}
