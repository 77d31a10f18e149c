package repl

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/frontend"
	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/internal/hostrt"
)

// Finding the line of a run-time panic. The interpreter reports a panic in
// a frame of interpreted code at the first statement of the frame's
// function, not at the statement that panicked. The session knows the
// function's text and what kind of operation panicked (an index, a
// slice, a division...): when the function holds one such operation, or
// several on one line, that is the line; otherwise the report says the
// line is not known, and which lines it may be. A panic of another kind
// (a compiled function's) comes from a call.

// remember keeps an input's or a file's text, to find panics' lines in,
// with the names of the packages the session had imported before it.
func (s *Session) remember(src *gosrc.Source) {
	imports := make([]string, 0, len(s.fe.Imports))
	for name := range s.fe.Imports {
		imports = append(imports, name)
	}
	s.sources.Store(sourceKey(src), remembered{src, imports})
}

// remembered is an input's or a file's text, with the names of the
// session's imports it may use besides its own: taken where it was
// parsed, as panic reports run on the loop while later inputs import.
type remembered struct {
	src     *gosrc.Source
	imports []string
}

func sourceKey(src *gosrc.Source) string {
	if src.Interactive() {
		return fmt.Sprintf("input %d", src.Number)
	}
	return src.File
}

var (
	inputKey = regexp.MustCompile(`^input \d+`)
	fileKey  = regexp.MustCompile(`^(.*):\d+:\d+$`)
)

// sourceAt returns the source a position shown as pos ("input 3, line
// 2:5", "file.go:12:5") lies in, and the offset of pos in it.
func (s *Session) sourceAt(pos string) (*gosrc.Source, int, bool) {
	r, ok := s.rememberedAt(pos)
	if !ok {
		return nil, 0, false
	}
	off, ok := r.src.OffsetOf(pos)
	return r.src, off, ok
}

// rememberedAt returns what remember kept of the source pos lies in.
func (s *Session) rememberedAt(pos string) (remembered, bool) {
	key := inputKey.FindString(pos)
	if key == "" {
		if m := fileKey.FindStringSubmatch(pos); m != nil {
			key = m[1]
		}
	}
	v, ok := s.sources.Load(key)
	if !ok {
		return remembered{}, false
	}
	return v.(remembered), true
}

// panicSite returns where a panic of kind k happened in the frame whose
// function's first statement is at pos: a position, and whether it is
// the statement that panicked (exact) or only the function's start, with
// the lines it may be (maybe).
func (s *Session) panicSite(pos string, k hostrt.PanicKind) (site string, exact bool, maybe []int) {
	if k == hostrt.PanicAssert {
		return pos, false, nil
	}
	pkgs := s.packagesAt(pos)
	return s.findIn(pos, func(n ast.Node, stack []ast.Node) bool {
		// A package's name (fmt.Println) is not a pointer.
		if sel, ok := n.(*ast.SelectorExpr); ok && k == hostrt.PanicNilDeref {
			if id, ok := sel.X.(*ast.Ident); ok && pkgs[id.Name] {
				return false
			}
		}
		return panics(n, k, stack)
	})
}

// packagesAt returns the names of the packages code at pos can use: the
// session's imports before the input or file pos lies in, and its own.
func (s *Session) packagesAt(pos string) map[string]bool {
	pkgs := map[string]bool{}
	if r, ok := s.rememberedAt(pos); ok {
		for _, name := range r.imports {
			pkgs[name] = true
		}
		if f, _ := parseAny(r.src.Text); f != nil {
			for _, is := range f.Imports {
				path, _ := strconv.Unquote(is.Path.Value)
				name := frontend.ImportName(path)
				if is.Name != nil {
					name = is.Name.Name
				}
				pkgs[name] = true
			}
		}
	}
	return pkgs
}

// callSiteNoted returns where the frame whose function's first statement
// is at pos called the function the interpreter names callee ("main.h"):
// the call, when the function calls it on one line only; else pos, with a
// note that it is the function's first statement and the lines the call
// may be on.
func (s *Session) callSiteNoted(pos, callee string) (site, note string) {
	name := hostrt.FrameName(callee)
	switch {
	case name == frontend.MainName:
		name = "main" // a main declared in the session, which the front end renamed
	case name == "func literal" || strings.HasSuffix(name, ".func"):
		name = "" // a function literal: any call may be the one
	case strings.Contains(name, "."):
		name = name[strings.LastIndex(name, ".")+1:] // a method
	}
	site, exact, maybe := s.findIn(pos, func(n ast.Node, _ []ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return false
		}
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.Ident:
			return name == "" || fun.Name == name
		case *ast.SelectorExpr:
			return name == "" || fun.Sel.Name == name
		case *ast.IndexExpr, *ast.IndexListExpr: // a generic function's instance
			return true
		}
		return name == ""
	})
	if !exact {
		return pos, " (the function's first statement" + onLines("call", maybe) + ")"
	}
	return site, ""
}

// findIn returns where an operation that is may be (is(n, stack), stack
// holding n and its parents) happened in the frame whose function's first
// statement is at pos: a position, and whether it is the operation (exact)
// or only the function's start, with the lines it may be on (maybe).
func (s *Session) findIn(pos string, is func(n ast.Node, stack []ast.Node) bool) (site string, exact bool, maybe []int) {
	src, off, ok := s.sourceAt(pos)
	if !ok {
		return pos, false, nil
	}
	f, shift := parseAny(src.Text)
	if f == nil {
		return pos, false, nil
	}
	at := token.Pos(off + shift + 1) // positions of a file parsed alone start at 1
	// The innermost function whose body holds pos: the frame's.
	var body *ast.BlockStmt
	ast.Inspect(f, func(n ast.Node) bool {
		var b *ast.BlockStmt
		switch n := n.(type) {
		case *ast.FuncDecl:
			b = n.Body
		case *ast.FuncLit:
			b = n.Body
		}
		if b != nil && b.Pos() <= at && at < b.End() {
			body = b
		}
		return n == nil || n.Pos() <= at && at < n.End()
	})
	if body == nil {
		return pos, false, nil
	}
	// The frame's code is the function's body, from the statement at pos
	// on (the top of an input runs from the segment at pos).
	from := body.Lbrace
	for _, st := range body.List {
		if st.Pos() <= at && at < st.End() {
			from = st.Pos()
		}
	}
	if methodValueAt(body, at) {
		// The frame is the closure a method value became (see
		// lowerMethodValue), placed at the method's name.
		return pos, true, nil
	}
	var found []token.Pos
	var stmts []ast.Stmt // the statement holding each of found
	var stack []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if _, lit := n.(*ast.FuncLit); lit {
			return false // another function's frame
		}
		stack = append(stack, n)
		if n.Pos() >= from && is(n, stack) {
			found = append(found, n.Pos())
			stmts = append(stmts, innermostStmt(stack))
		}
		return true
	})
	toPos := func(p token.Pos) string { return src.Position(int(p) - 1 - shift) }
	lines := []int{}
	for _, p := range found {
		line, _ := src.LineCol(int(p) - 1 - shift)
		if !slices.Contains(lines, line) {
			lines = append(lines, line)
		}
	}
	switch {
	case len(found) == 1:
		return toPos(found[0]), true, nil
	case len(lines) == 1 && stmts[0] != nil && !slices.ContainsFunc(stmts, func(st ast.Stmt) bool { return st != stmts[0] }):
		return toPos(stmts[0].Pos()), true, nil
	}
	return pos, false, lines
}

// methodValueAt reports whether at is the name of a method value (x.M not
// called) in body.
func methodValueAt(body *ast.BlockStmt, at token.Pos) bool {
	found := false
	called := map[ast.Expr]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			called[ast.Unparen(n.Fun)] = true
		case *ast.SelectorExpr:
			if n.Sel.Pos() == at && !called[n] {
				found = true
			}
		}
		return !found
	})
	return found
}

// parseAny parses text as a file (a script's), as declarations or else
// as statements in a function body (an input's); shift is how many bytes
// were put before it.
func parseAny(text string) (*ast.File, int) {
	for _, prefix := range []string{"", "package p;", "package p; func _() {"} {
		suffix := ""
		if strings.HasSuffix(prefix, "{") {
			suffix = "\n}"
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", prefix+text+suffix, parser.SkipObjectResolution)
		if err == nil {
			return f, len(prefix)
		}
	}
	return nil, 0
}

// panics reports whether n is an operation that can panic as kind k
// does; stack holds n and its parents.
func panics(n ast.Node, k hostrt.PanicKind, stack []ast.Node) bool {
	switch n := n.(type) {
	case *ast.IndexExpr:
		switch k {
		case hostrt.PanicIndex:
			return true
		case hostrt.PanicNilMap:
			if len(stack) < 2 {
				return false
			}
			switch p := stack[len(stack)-2].(type) {
			case *ast.AssignStmt:
				return slices.Contains(p.Lhs, ast.Expr(n))
			case *ast.IncDecStmt:
				return p.X == n
			}
		}
	case *ast.SliceExpr:
		return k == hostrt.PanicSlice
	case *ast.BinaryExpr:
		return k == hostrt.PanicDivide && (n.Op == token.QUO || n.Op == token.REM)
	case *ast.AssignStmt:
		return k == hostrt.PanicDivide && (n.Tok == token.QUO_ASSIGN || n.Tok == token.REM_ASSIGN)
	case *ast.CallExpr:
		if k == hostrt.PanicOther || k == hostrt.PanicNilCall {
			return true // a compiled function panicked, or a nil func was called
		}
		id, ok := n.Fun.(*ast.Ident)
		return ok && (k == hostrt.PanicMake && id.Name == "make" || k == hostrt.PanicClose && id.Name == "close")
	case *ast.SelectorExpr:
		return k == hostrt.PanicNilDeref
	case *ast.SendStmt:
		return k == hostrt.PanicSend
	case *ast.StarExpr:
		return k == hostrt.PanicNilDeref && !isType(n, stack)
	}
	return false
}

// isType reports whether x, a *T (stack holding x and its parents), is
// where a type is written (var p *T, a field's or parameter's type), not a
// dereference.
func isType(x ast.Expr, stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	switch p := stack[len(stack)-2].(type) {
	case *ast.ValueSpec:
		return p.Type == x
	case *ast.Field, *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.TypeSpec, *ast.Ellipsis:
		return true
	case *ast.CompositeLit:
		return p.Type == x
	case *ast.TypeAssertExpr:
		return p.Type == x
	}
	return false
}

func innermostStmt(stack []ast.Node) ast.Stmt {
	for i := len(stack) - 1; i >= 0; i-- {
		if st, ok := stack[i].(ast.Stmt); ok {
			if _, block := st.(*ast.BlockStmt); !block {
				return st
			}
		}
	}
	return nil
}

// inText drops the positions of trace that lie past the end of their line
// in the user's text: calls in code the shell wrote on that line (a
// conversion for fmt), which the user never wrote and cannot find.
func (s *Session) inText(trace []string) []string {
	return slices.DeleteFunc(trace, func(pos string) bool {
		pos = gosrc.DecodePositions(pos)
		r, ok := s.rememberedAt(pos)
		return ok && r.src.PastLineEnd(pos)
	})
}
