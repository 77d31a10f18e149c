package repl

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
)

// Lowering: the byte index of a range over a string with invalid UTF-8.
//
// yaegi v0.16.1 steps the index of for i, r := range s by the length of
// the rune it decoded, so after a byte that is not UTF-8 (which Go decodes
// as U+FFFD, one byte wide) the indices ran two ahead: "a\xffb" gave 0, 1,
// 4 for Go's 0, 1, 2. (The values are right, and so is the index of
// for i := range s.) The pass keeps the interpreter's range for the
// values and counts the index itself, from the width of each rune as Go
// decodes it:
//
//	for i, r := range s { ... }
//	  ->  { __s := s; __o := 0; for _, r := range __s { i := __o; __o += width of r at __s[i:]; { ... } } }
//
// A labeled loop is left as it is (a goto to the label would jump into
// the block); so is for i, r = range s.

// lowerRangeStrings rewrites the ranges described above.
func (w *rewriter) lowerRangeStrings(in *inspector.Inspector) {
	info := w.info()
	in.WithStack([]ast.Node{(*ast.RangeStmt)(nil)}, func(n ast.Node, push bool, stack []ast.Node) bool {
		r := n.(*ast.RangeStmt)
		if !push || r.Tok != token.DEFINE || r.Key == nil || r.Value == nil {
			return true
		}
		key, ok1 := r.Key.(*ast.Ident)
		val, ok2 := r.Value.(*ast.Ident)
		if !ok1 || !ok2 || key.Name == "_" || val.Name == "_" {
			return true
		}
		if len(stack) >= 2 {
			if _, labeled := stack[len(stack)-2].(*ast.LabeledStmt); labeled {
				return true
			}
		}
		t := info.TypeOf(r.X)
		if t == nil {
			return true
		}
		if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			return true
		}
		s, o := w.tmpName("s"), w.tmpName("o")
		start := w.offset(r.Pos())
		w.add(start, start, fmt.Sprintf("{ %s := %s; %s := 0; ", s, w.moved(r.X), o), -60)
		w.vacate(r.X, s)
		w.add(w.offset(key.Pos()), w.offset(key.End()), "_", 0)
		lbrace, rbrace := w.offset(r.Body.Lbrace)+1, w.offset(r.Body.Rbrace)
		v := val.Name
		w.add(lbrace, lbrace, fmt.Sprintf(" %s := %s; if %s < 0x80 { %s++ } else if %s == 0xFFFD { if len(%s) >= %s+3 && %s[%s:%s+3] == \"\\xef\\xbf\\xbd\" { %s += 3 } else { %s++ } } else if %s < 0x800 { %s += 2 } else if %s < 0x10000 { %s += 3 } else { %s += 4 }; {",
			key.Name, o, v, o, v, s, key.Name, s, key.Name, key.Name, o, o, v, o, v, o, o), -75)
		w.add(rbrace, rbrace, "}", 75)
		end := w.offset(r.End())
		w.add(end, end, " }", 60)
		return true
	})
}
