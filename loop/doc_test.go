package loop_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// Every exported function and method of the package says, in its own doc
// comment, who may call it: "safe from any goroutine" or "loop goroutine
// only" (or a phrase saying it makes or runs on the loop goroutine). The
// doc comments are the concurrency contract doc.go promises.
func TestConcurrencyContractDocumented(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || !fn.Name.IsExported() {
				continue
			}
			recv := ""
			if fn.Recv != nil {
				recv = exprString(fn.Recv.List[0].Type)
				if !ast.IsExported(strings.TrimPrefix(recv, "*")) {
					continue
				}
			}
			doc := strings.ToLower(fn.Doc.Text())
			if fn.Doc == nil {
				t.Errorf("%s: %s%s has no doc comment", fset.Position(fn.Pos()), recv, fn.Name.Name)
				continue
			}
			if !mentionsContract(doc) {
				t.Errorf("%s: %s.%s does not say which goroutine may call it", fset.Position(fn.Pos()), recv, fn.Name.Name)
			}
		}
	}
}

func mentionsContract(doc string) bool {
	doc = strings.Join(strings.Fields(doc), " ")
	for _, p := range []string{"safe from any goroutine", "loop goroutine only", "becomes the loop goroutine", "on the loop goroutine"} {
		if strings.Contains(doc, p) {
			return true
		}
	}
	return false
}

func exprString(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.StarExpr:
		return "*" + exprString(x.X)
	case *ast.Ident:
		return x.Name
	case *ast.IndexExpr:
		return exprString(x.X)
	}
	return "?"
}
