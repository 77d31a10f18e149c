package gosrc

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
)

// Declarations given together, in the order Go initializes them.
//
// The pieces of an input run one after another, and a var or const
// declaration, a statement to the interpreter, is its own segment between
// the file segments of the functions and types around it: so a program
// given whole (asyncrepl -e, or piped with its package clause) whose
// function came before the variable it reads (func helper() int { return
// later } then var later = 5) was refused, undefined: later, though Go
// lets a file's declarations refer to each other in any order. When an
// input is made of declarations only, SplitInOrder orders its pieces as Go
// initializes a package: each after the declarations it refers to,
// functions and types before variables and constants, and those otherwise
// in the order written, which is Go's order for the variables' initial
// values. The segments keep their places in the text (positions stay the
// user's); only the order they run in changes, and only where a piece
// refers to a declaration that comes after it in another segment, or is a
// variable or constant referring to one after it.
//
// References are found by spelling (every identifier of a piece that some
// other piece declares at the top level; a method goes with its receiver's
// type): a name a piece declares again locally may add a needless
// dependency, which at worst leaves the order as written. Pieces that refer
// to each other (mutually recursive functions) stay in one segment when
// they are consecutive file declarations; otherwise, or where a variable is
// in such a cycle (an initialization cycle to Go), the order is the one
// written.

// SplitInOrder is Split, with the segments of an input of declarations
// only in the order described above.
func SplitInOrder(src string) []Segment {
	segs := Split(src)
	if len(segs) == 0 || len(segs) == 1 && segs[0].Kind != SegStmt {
		return segs // (one segment of statements may hold var declarations to order)
	}
	chunks := scanChunks(src)
	if len(chunks) > 0 && chunks[0].kind == chunkPackage {
		chunks = chunks[1:]
	}
	if len(chunks) < 2 {
		return segs
	}
	type piece struct {
		chunk
		seg     int      // index of its segment in segs
		decls   []string // the top-level names it declares
		recv    string   // a method's receiver type
		refs    map[string]bool
		imports bool
	}
	pieces := make([]piece, len(chunks))
	declaredBy := map[string][]int{} // name -> pieces declaring it (a type: its methods too)
	for i, c := range chunks {
		if c.kind == chunkStmt && c.first != token.VAR && c.first != token.CONST {
			return segs // statements run where they are
		}
		p := piece{chunk: c, refs: map[string]bool{}, imports: c.kind == chunkImport}
		for p.seg = 0; p.seg < len(segs) && !(segs[p.seg].From <= c.from && c.to <= segs[p.seg].To); p.seg++ {
		}
		if p.seg == len(segs) {
			return segs
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p;"+src[c.from:c.to], parser.SkipObjectResolution)
		if err != nil || len(f.Decls) != 1 {
			return segs
		}
		switch d := f.Decls[0].(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				p.decls = append(p.decls, d.Name.Name)
			} else if len(d.Recv.List) == 1 {
				p.recv = RecvTypeName(d.Recv.List[0].Type)
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.TypeSpec:
					p.decls = append(p.decls, s.Name.Name)
				case *ast.ValueSpec:
					for _, n := range s.Names {
						p.decls = append(p.decls, n.Name)
					}
				}
			}
		}
		ast.Inspect(f.Decls[0], func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				p.refs[id.Name] = true
			}
			return true
		})
		for _, n := range p.decls {
			declaredBy[n] = append(declaredBy[n], i)
		}
		pieces[i] = p
	}
	for i, p := range pieces {
		if p.recv != "" {
			declaredBy[p.recv] = append(declaredBy[p.recv], i)
		}
	}
	// deps[i]: the pieces i refers to; forward is whether one of them comes
	// after i in another segment.
	deps := make([][]int, len(pieces))
	forward := false
	for i, p := range pieces {
		own := map[string]bool{}
		for _, n := range p.decls {
			own[n] = true
		}
		for name := range p.refs {
			if own[name] {
				continue
			}
			for _, j := range declaredBy[name] {
				if j != i && !slices.Contains(deps[i], j) {
					deps[i] = append(deps[i], j)
					// (In one segment, a file's declarations may refer
					// to each other; statements, var b = a + 1 before var
					// a = 2, run as written.)
					forward = forward || j > i && (pieces[j].seg != p.seg || p.kind == chunkStmt)
				}
			}
		}
		if p.imports {
			deps[i] = nil // imports stay first
		}
	}
	if !forward {
		return segs
	}
	// The strongly connected components of the references (Tarjan's), each
	// then placed after those it refers to, earliest written first.
	index := make([]int, len(pieces))
	low := make([]int, len(pieces))
	onStack := make([]bool, len(pieces))
	for i := range index {
		index[i] = -1
	}
	var stack []int
	var comps [][]int
	next := 0
	var visit func(i int)
	visit = func(i int) {
		index[i], low[i] = next, next
		next++
		stack = append(stack, i)
		onStack[i] = true
		for _, j := range deps[i] {
			if index[j] < 0 {
				visit(j)
				low[i] = min(low[i], low[j])
			} else if onStack[j] {
				low[i] = min(low[i], index[j])
			}
		}
		if low[i] == index[i] {
			var comp []int
			for {
				j := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				onStack[j] = false
				comp = append(comp, j)
				if j == i {
					break
				}
			}
			slices.Sort(comp)
			comps = append(comps, comp)
		}
	}
	for i := range pieces {
		if index[i] < 0 {
			visit(i)
		}
	}
	compOf := make([]int, len(pieces))
	for c, comp := range comps {
		for _, i := range comp {
			compOf[i] = c
		}
		if len(comp) > 1 {
			// Pieces referring to each other: file declarations written
			// one after another, which one segment takes.
			for k, i := range comp {
				if pieces[i].kind != chunkDecl || k > 0 && comp[k-1] != i-1 {
					return segs
				}
			}
		}
	}
	// Kahn's order of the components: among those whose dependencies are
	// placed, functions, methods and types first (they run nothing), then
	// the earliest written, as Go picks the next variable to initialize.
	isVar := func(c int) int {
		if f := pieces[comps[c][0]].first; f == token.VAR || f == token.CONST {
			return 1
		}
		return 0
	}
	placed := make([]bool, len(comps))
	var order []int
	for len(order) < len(comps) {
		best := -1
		for c, comp := range comps {
			if placed[c] {
				continue
			}
			ready := true
			for _, i := range comp {
				for _, j := range deps[i] {
					if compOf[j] != c && !placed[compOf[j]] {
						ready = false
					}
				}
			}
			if ready && (best < 0 || isVar(c) < isVar(best) || isVar(c) == isVar(best) && comp[0] < comps[best][0]) {
				best = c
			}
		}
		if best < 0 {
			return segs
		}
		placed[best] = true
		order = append(order, best)
	}
	// Segments again: a component joins the segment before it when it is
	// of its kind and follows it in the text.
	var out []Segment
	lastPiece := -2
	for _, c := range order {
		comp := comps[c]
		first, last := pieces[comp[0]], pieces[comp[len(comp)-1]]
		kind := SegFile
		if first.kind == chunkStmt {
			kind = SegStmt
		}
		if n := len(out); n > 0 && out[n-1].Kind == kind && comp[0] == lastPiece+1 &&
			// an import after a declaration starts a new file, as in Split
			!(kind == SegFile && first.imports && !out[n-1].Imports) {
			out[n-1].To = last.to
			out[n-1].Imports = out[n-1].Imports && first.imports
		} else {
			out = append(out, Segment{Kind: kind, From: first.from, To: last.to, Imports: first.imports})
		}
		lastPiece = comp[len(comp)-1]
	}
	out[len(out)-1].Last = true
	return out
}

// RecvTypeName returns the name of a method's receiver type: T of T, *T
// and *T[K, V].
func RecvTypeName(t ast.Expr) string {
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.ParenExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}
