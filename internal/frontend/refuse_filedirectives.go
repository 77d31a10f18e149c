package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"go/version"
	"strings"
)

// Refusal: a file's lines that change how Go runs it.
//
// A //go:debug line sets a GODEBUG default for the program (panicnil=1:
// panic(nil) recovers nil; asynctimerchan=1: Go 1.22's timer channels):
// the shell runs every program with the toolchain's defaults (the
// runtime's, and its own stand-ins', as for panic(nil)), so the line is
// refused.
//
// A //go:build line of a Go version before 1.22 (//go:build go1.21) sets
// the file's language version: its loops share one variable across
// iterations, where the shell gives each its own (the type check sees
// the version, refusing range over an int, as go build does). A loop of
// such a file whose variable a function literal uses or whose address is
// taken is refused (elsewhere the two semantics agree).

// refuseFileDirectives returns the refusal described above, or nil.
func (w *rewriter) refuseFileDirectives() error {
	// (The front end parses without comments: the text's lines before
	// the package clause, where Go reads them; an input has none.)
	seg := w.plan.Seg
	text := ""
	if pkg := w.offset(w.file.Package); w.mode != ModeInput && seg.From <= pkg && pkg <= seg.To {
		text = w.src.Text[seg.From:pkg]
	}
	for off := 0; off < len(text); {
		line, _, _ := strings.Cut(text[off:], "\n")
		if setting, ok := strings.CutPrefix(line, "//go:debug "); ok {
			setting = strings.TrimSpace(setting)
			return &Error{Pos: w.src.Position(seg.From + off), Msg: fmt.Sprintf(
				"a //go:debug line (%s): the shell runs every program with the toolchain's defaults, and would ignore it (drop the line)", setting)}
		}
		off += len(line) + 1
	}
	info := w.info()
	if info == nil {
		return nil
	}
	v := info.FileVersions[w.file]
	if v == "" || version.Compare(v, "go1.22") >= 0 {
		return nil
	}
	var err error
	ast.Inspect(w.file, func(n ast.Node) bool {
		if err != nil {
			return false
		}
		var vars []*ast.Ident
		switch n := n.(type) {
		case *ast.ForStmt:
			if as, ok := n.Init.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				for _, l := range as.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						vars = append(vars, id)
					}
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if id, ok := e.(*ast.Ident); ok {
						vars = append(vars, id)
					}
				}
			}
		default:
			return true
		}
		for _, id := range vars {
			if obj := info.Defs[id]; obj != nil && capturedIn(info, n, obj) {
				err = &Error{Pos: w.src.Position(w.offset(n.Pos())), Msg: fmt.Sprintf(
					"a loop whose variable %s a function literal uses or whose address is taken, in a file of language version %s (its //go:build line): the loop's iterations share the variable there, where the shell gives each its own (drop the version from the //go:build line, or declare the variable before the loop)", id.Name, v)}
				return false
			}
		}
		return true
	})
	return err
}

// capturedIn reports whether obj, a variable loop declares, is used in a
// function literal in loop or has its address taken there (&v, or a
// method with a pointer receiver called on it).
func capturedIn(info *types.Info, loop ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(loop, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case nil:
			return false
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok && info.Uses[id] == obj {
					found = true
				}
				return !found
			})
			return false
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.Uses[id] == obj {
				found = true
			}
		case *ast.SelectorExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && info.Uses[id] == obj {
				if s := info.Selections[n]; s != nil && s.Kind() == types.MethodVal && !s.Indirect() {
					if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
						if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
							if _, isPtr := obj.Type().Underlying().(*types.Pointer); !isPtr {
								found = true
							}
						}
					}
				}
			}
		}
		return true
	})
	return found
}
