package frontend

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/internal/hostrt"
	"golang.org/x/tools/go/ast/astutil"
)

// Names the front end adds to the code it hands to the interpreter. The
// identifiers start with two underscores so that they cannot clash with names
// a user would pick; the helpers' import path is one no package has.
const (
	HelperPkg  = "__repl" // the session's compiled helpers (see helpers.go)
	helperPath = hostrt.Path
	minName    = "__repl_min" // interpreted generic stand-ins for min and max
	maxName    = "__repl_max"
	MainName   = "__repl_main" // what a main declared in the session is renamed to
	PrevPrefix = "__prev_"     // a redeclared variable's value before the input (see redeclaredVars)
)

type nameKind int

const (
	KindVar nameKind = iota
	kindConst
	kindFunc
	KindType
)

// NameInfo is what the front end knows of a package-level name of the session.
type NameInfo struct {
	Kind    nameKind
	Typ     string   // declared type of a var, when written
	isInt   bool     // holds an integer (for rewriting range over int)
	results []string // a func's result types
	generic bool     // a generic func (its result types depend on the call)
	// passesParam names the call (callee and position) in which a
	// generic func passes a type parameter of its own on to generic code
	// (see refuse_genericchain.go), "" if none does.
	passesParam string
	decl        string // a type's or func's declaration, canonical (see redeclared)
	isStruct    bool   // a struct type
	// cval is an untyped constant's value, when the front end could
	// evaluate it (see constValue).
	cval constant.Value
	// Dyn is the type of a variable's value when it was declared, as the
	// session showed it ("*loop.Future"), for the result types of its
	// methods (see resultTypes).
	Dyn string
}

// lookup returns what the session declared under id's name if it is a
// name of kind k and id is not declared in the segment itself; else nil.
func (fe *FrontEnd) lookup(id *ast.Ident, k nameKind) *NameInfo {
	if n := fe.Names[id.Name]; id.Obj == nil && n != nil && n.Kind == k {
		return n
	}
	return nil
}

// pkgIdent returns the name of the package x names, if x is an identifier
// that neither the segment nor the session declares.
func (fe *FrontEnd) pkgIdent(x ast.Expr) (string, bool) {
	id, ok := x.(*ast.Ident)
	if !ok || id.Obj != nil || fe.Names[id.Name] != nil {
		return "", false
	}
	return id.Name, true
}

// FrontEnd holds what the session knows between inputs, for analysing the next
// one: its package-level names, its imports and the importable packages.
// Record writes them (see record.go); everything else reads them.
type FrontEnd struct {
	Names   map[string]*NameInfo
	methods map[string]string   // declared methods ("T.M") and their text
	callers map[string][]string // declared function -> the declared functions that call it
	Imports map[string]string   // package name -> import path, for interactive input
	// Importable lists the packages known to the interpreter: name -> path.
	Importable map[string]string
	// funcType returns the type of a compiled package-level function.
	funcType func(path, name string) (reflect.Type, bool)
	hasMain  bool
	tmp      int // counter for temporary names
	// Types holds the objects the session declared, for the type check
	// (see check.go).
	Types *sessionTypes
	// ElemType returns, as Go source, the element type of the map or
	// channel that expr (an identifier or selector) holds in the session.
	ElemType func(expr string) (string, bool)
	// fileImports lists, per script file, the imports already compiled
	// ("name path"; the helper package's too): the interpreter scopes
	// imports by file name and refuses the same import twice, so a file
	// loaded again keeps the ones it had and adds only new ones.
	fileImports map[string]map[string]bool
	// instances holds the aliases of the instances of generic types of
	// several type parameters the session's inputs wrote out, by the
	// instances' text (see lower_geninstance.go).
	instances map[string]string
	// instanceNames holds the interpreter's names of the instances of
	// generic code the session made, with what each instantiates (see
	// refuse_instancename.go).
	instanceNames map[string]string
	// madeTemplates are the instances the session's generic declarations
	// make with their type parameters, by declaration (see
	// refuse_instancename.go).
	madeTemplates map[string][]madeTemplate
	// forwarded holds the session's struct types whose methods promoted
	// from embedded compiled types are all written out, and
	// forwardedMethods the methods written ("T.M"; see
	// lower_forwardmethods.go).
	forwarded        map[string]bool
	forwardedMethods map[string]bool
	// docs holds the doc comments of the session's declarations, by name
	// ("Person", "Person.Greet"; see lower_docs.go).
	docs map[string]string
	// composites holds the session's generic code that hands values made
	// of its type parameters to interfaces (see refuse_genericcomposite.go).
	composites map[string]sessionComposite
	// typeHeld is where an input of the session first put a reflect.Type
	// in an interface (see lower_reflectnames.go).
	typeHeld *typeHeld
	// instTypes are the instances of the session's generic types its
	// inputs mentioned, by their text (see programInstances).
	instTypes map[string]types.Type
	// recoverFuncs are the session's functions ("f") and methods ("T.M",
	// and ".M" for any so named) that call recover (see
	// refuse_recovervalue.go).
	recoverFuncs map[string]bool
}

func NewFrontEnd(importable map[string]string, funcType func(path, name string) (reflect.Type, bool)) *FrontEnd {
	return &FrontEnd{
		Names:            map[string]*NameInfo{},
		methods:          map[string]string{},
		docs:             map[string]string{},
		instances:        map[string]string{},
		instanceNames:    map[string]string{},
		madeTemplates:    map[string][]madeTemplate{},
		forwarded:        map[string]bool{},
		forwardedMethods: map[string]bool{},
		composites:       map[string]sessionComposite{},
		instTypes:        map[string]types.Type{},
		recoverFuncs:     map[string]bool{},
		fileImports:      map[string]map[string]bool{},
		callers:          map[string][]string{},
		Imports:          map[string]string{},
		Importable:       importable,
		funcType:         funcType,
		Types:            newSessionTypes(),
	}
}

// mode says where a text comes from.
type mode int

const (
	ModeInput  mode = iota // interactive input
	ModeLoad               // a file loaded into a session (:load)
	ModeScript             // a script run as a program
)

// A Plan is one segment, analysed and rewritten, ready to be compiled.
type Plan struct {
	Seg         gosrc.Segment
	Src         *gosrc.Source
	Code        string            // program text for the interpreter
	Ops         map[string][]OpAt // the input's own operations that wait, by kind (blockingOps)
	Bare        string            // code without the result capture (empty if it has none)
	ImportSpecs []importSpec      // imports of interactive input, made by the session
	// AutoImports are packages the segment uses without importing them.
	AutoImports map[string]string
	Decls       []declared
	Result      *resultInfo
	DeclsMain   bool                // declares main (renamed to mainName)
	methods     map[string]string   // methods declared ("T.M") and their text
	docs        map[string]string   // the doc comments of its declarations, by name ("" for none)
	calls       map[string][]string // session functions each declared function calls
	Warnings    []*Error            // said after the segment ran
	// LeadDoc is a comment the session's previous input held alone, the
	// doc of the declaration the segment starts with if it has none
	// (leadKey, its name).
	LeadDoc string
	leadKey string
	// RangeRetry is code with every unproven range rewritten as a range over
	// an integer, for a second try when the interpreter fails on the first.
	RangeRetry string
	FirstRange int // offset of the first range left alone, or -1
	// Checked is what the type check found (nil if it could not run).
	Checked *Checked
	// Prev are the session's variables the segment declares again: the
	// session copies each to prevPrefix+name before the segment runs, and
	// back if it fails.
	Prev []string
	// Prelude names the stand-ins of the generic standard library the code
	// uses (see lower_stdgeneric.go).
	Prelude []string
	// IfaceCopyDecls declares the functions the statements call to copy
	// values to compiled interfaces (see lower_ifacecopy.go).
	IfaceCopyDecls string
	// lowering is the checked segment Lower goes on with.
	lowering *rewriter
	// fileImports are the imports ("name path") the code of a file makes
	// that the interpreter did not have for it (see importOnce).
	fileImports []string
	// instances are the aliases the segment declares of the instances of
	// generic types of several type parameters it writes out, by the
	// instances' text (see lower_geninstance.go).
	instances map[string]string
	// instanceNames are the interpreter's names of the instances of
	// generic code the segment makes (see refuse_instancename.go).
	instanceNames map[string]string
	madeTemplates map[string][]madeTemplate // the segment's (see refuse_instancename.go)
	// forwarded are the struct types the segment declares whose methods
	// promoted from embedded compiled types are all written out, and
	// forwardedMethods the methods written ("T.M"; see
	// lower_forwardmethods.go).
	forwarded        map[string]bool
	forwardedMethods []string
	// composites is the segment's generic code for the session (see
	// refuse_genericcomposite.go).
	composites map[string]sessionComposite
	// typeHeld is where the segment first puts a reflect.Type in an
	// interface (see lower_reflectnames.go).
	typeHeld *typeHeld
	// recoverDecls are the segment's functions and methods, keyed as
	// FrontEnd.recoverFuncs: whether they call recover.
	recoverDecls map[string]bool
}

// importSpec is one import of interactive input.
type importSpec struct {
	Name, Path string
	Off        int
}

// declared is a name declared by a segment, printed after it ran.
type declared struct {
	Name  string
	Node  ast.Node // a func's or type's declaration, for redeclared; a var's name
	Info  NameInfo
	Text  string // what to print for funcs and types: "func f(x int) int"
	Value bool   // a var or const whose value is captured
	// Big is the value of an untyped constant too big for its default
	// type, which cannot be captured: it prints as text.
	Big    string
	Static string // its static type when known from a call, shown for nil
}

// resultInfo describes the final expression of an input, whose values print.
type resultInfo struct {
	Types    []string // static result types when known ("" each when not)
	Hint     string   // the named type of a composite literal or conversion
	Constant bool     // a constant expression: an error about it is the user's
}

// Analyse parses one segment of src, checks it against what the session
// knows, and rewrites it for the interpreter: Check, then Lower. The
// session records the plan (Record) once it compiled it.
func (fe *FrontEnd) Analyse(src *gosrc.Source, seg gosrc.Segment, m mode) (*Plan, error) {
	p, err := fe.Check(src, seg, m)
	if err != nil || p == nil {
		return nil, err
	}
	if p, err = fe.copyTypes(p); err != nil {
		return nil, err
	}
	if p, err = fe.specialise(p); err != nil {
		return nil, err
	}
	if err := fe.Lower(p); err != nil {
		return nil, err
	}
	return p, nil
}

// declaresGenericType reports whether text, an input of declarations,
// declares a generic type named name.
func declaresGenericType(text, name string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+text, parser.SkipObjectResolution)
	if err != nil {
		return false
	}
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			for _, s := range gd.Specs {
				if ts := s.(*ast.TypeSpec); ts.Name.Name == name && ts.TypeParams != nil {
					return true
				}
			}
		}
	}
	return false
}

// strayBrace returns the offset in text, statements, of a } that closes
// no block of theirs, if there is one.
func strayBrace(text string) (int, bool) {
	var sc scanner.Scanner
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(text))
	sc.Init(file, []byte(text), nil, 0)
	depth := 0
	for {
		pos, tok, _ := sc.Scan()
		switch tok {
		case token.EOF:
			return 0, false
		case token.LBRACE:
			depth++
		case token.RBRACE:
			if depth == 0 {
				return file.Offset(pos), true
			}
			depth--
		}
	}
}

// Check parses one segment of src and checks it against what the session
// knows: the names it uses, the type check (go/types), and what it
// declares again. It returns the segment's plan, checked but not yet
// lowered (Lower lowers it), or nil when the segment holds nothing.
func (fe *FrontEnd) Check(src *gosrc.Source, seg gosrc.Segment, m mode) (*Plan, error) {
	prefix, suffix := "package main\n", ""
	if seg.Kind == gosrc.SegStmt {
		prefix, suffix = "package main\nfunc _() {\n", "\n}"
	}
	if m != ModeInput {
		prefix = "" // a file has its own package clause
	}
	text := src.Text[seg.From:seg.To]
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", prefix+text+suffix, 0)
	// at maps an offset in the parsed text to one in src.
	at := func(o int) int { return min(max(o-len(prefix)+seg.From, seg.From), seg.To) }
	offset := func(p token.Pos) int { return at(fset.File(p).Offset(p)) }
	if err != nil {
		if list, ok := err.(scanner.ErrorList); ok && len(list) > 0 {
			e := list[0]
			end := len(prefix) + len(strings.TrimRight(text, " \t\r\n"))
			if strings.Contains(e.Msg, "must be function call") {
				// go or defer of what is not a call: the parser says so at
				// the end of the expression (the end of the user's text,
				// maybe), Go at its start.
				e.Pos.Offset = goOperandStart(prefix+text+suffix, e.Pos.Offset)
			}
			if msg, at := importHint(text); msg != "" {
				return nil, &Error{Pos: src.Position(seg.From + at), Msg: msg}
			}
			if e.Pos.Offset >= end {
				// Past the user's text: in the wrapper, which they never typed.
				if at, ok := strayBrace(text); ok && seg.Kind == gosrc.SegStmt {
					// The user's } closed the wrapper's function.
					return nil, &Error{Pos: src.Position(seg.From + at), Msg: "syntax error: unexpected '}'"}
				}
				end := seg.From + len(strings.TrimRight(text, " \t\r\n"))
				msg := "syntax error: unexpected end of input"
				if i := strings.Index(e.Msg, "expected "); i >= 0 {
					msg += ", " + strings.TrimSuffix(strings.TrimSuffix(e.Msg[i:], ", found '}'"), ", found 'EOF'")
				}
				return nil, &Error{Pos: src.Position(end), Msg: msg}
			}
			raw := e.Msg
			if m == ModeInput && seg.Kind == gosrc.SegStmt {
				raw = compilerWords(raw)
			}
			msg := syntaxMsg(raw) + gosrc.AwaitHint(src.Text[:at(e.Pos.Offset)])
			if m == ModeInput || m == ModeScript || m == ModeLoad {
				if h := pythonSyntaxHint(e.Msg, src.Text[:at(e.Pos.Offset)]); h != "" {
					msg += " (" + h + ")"
				}
			}
			if msg == "syntax error: expected 1 expression" && m == ModeInput && seg.Kind == gosrc.SegStmt {
				// a, b typed to see both, as Python's REPL shows a tuple.
				msg += " (to see several values, print them: fmt.Println(a, b))"
			}
			return nil, &Error{Pos: src.Position(at(e.Pos.Offset)), Msg: msg}
		}
		return nil, &Error{Msg: err.Error()}
	}
	if seg.Kind == gosrc.SegFile && len(f.Decls) == 0 && len(f.Imports) == 0 {
		return nil, nil
	}

	if m != ModeInput && f.Name.Name != "main" {
		return nil, &Error{Pos: src.Position(offset(f.Name.Pos())), Msg: "package " + f.Name.Name + ": a script must be package main"}
	}
	if m == ModeScript && !declaresMain(f) {
		// As go build refuses it: there is nothing to run.
		return nil, &Error{Msg: src.File + ": function main is undeclared in the main package"}
	}
	p := &Plan{Seg: seg, Src: src, AutoImports: map[string]string{}, FirstRange: -1}
	w := &rewriter{fe: fe, src: src, fset: fset, offset: offset, plan: p, file: f, mode: m, litNames: map[*ast.FuncLit]string{}, deferred: map[*ast.CallExpr]bool{}, goCalls: map[*ast.CallExpr]bool{}, noBounds: map[*ast.IndexExpr]bool{}}
	if m != ModeInput {
		if !w.importOnce(HelperPkg + " " + helperPath) {
			at := offset(f.Name.End())
			w.add(at, at, "; import "+HelperPkg+" "+strconv.Quote(helperPath), 0)
		}
		w.dropSeenImports()
	}
	if err := w.refuseDotImports(); err != nil {
		return nil, err
	}
	if err := w.checkNames(); err != nil {
		return nil, err
	}
	if seg.Kind == gosrc.SegStmt && m == ModeInput {
		// Before the type check, which would judge a return's values
		// against the function the input's statements are wrapped in.
		if err := w.topReturn(); err != nil {
			return nil, err
		}
	}
	if p.Checked, err = fe.typeCheck(w); err != nil {
		return nil, err
	}
	if err := w.checkCounts(); err != nil {
		return nil, err
	}
	w.collectDecls()
	if err := w.redeclared(); err != nil {
		return nil, err
	}
	if seg.Kind == gosrc.SegStmt && m == ModeInput {
		w.redeclaredVars()
		if err := w.redeclaredConstsFuncs(); err != nil {
			return nil, err
		}
	}
	if seg.Kind == gosrc.SegFile && m == ModeLoad {
		// A loaded file's variables that the session had: their values
		// come back if the file's initialisation fails (see Recorded).
		w.prevVars(func(d declared) bool { return d.Info.Kind == KindVar })
	}
	p.lowering = w
	return p, nil
}

// Lower rewrites a checked plan (Check's) for the interpreter: the passes
// that make yaegi run it with Go's semantics, or refuse it, write its Code
// (and Bare and RangeRetry, the session's fallbacks), and what the session
// declares and makes around it (Prelude, IfaceCopyDecls, Ops).
func (fe *FrontEnd) Lower(p *Plan) error {
	w := p.lowering
	if w == nil {
		return fmt.Errorf("frontend: the plan of %s was not checked, or is lowered already", p.Src.File)
	}
	p.lowering = nil
	src, seg, m, f, offset := w.src, p.Seg, w.mode, w.file, w.offset
	if seg.Kind == gosrc.SegStmt && seg.Last {
		if list := f.Decls[0].(*ast.FuncDecl).Body.List; len(list) > 0 {
			w.resultStmt = list[len(list)-1]
		}
	}
	w.findDeferFrames()
	w.walk()
	if err := w.lower(); err != nil {
		return err
	}
	w.safepoints()
	if m == ModeInput {
		w.droppedAwaits()
		w.tinyDurations()
	}

	var body *ast.BlockStmt
	if seg.Kind == gosrc.SegStmt {
		body = f.Decls[0].(*ast.FuncDecl).Body
		if seg.Last && len(body.List) > 0 {
			if es, ok := body.List[len(body.List)-1].(*ast.ExprStmt); ok {
				w.captureResult(es)
			}
		}
	}
	p.Ops = w.blockingOps()
	if m == ModeInput {
		// The session makes the imports of interactive input itself: one
		// made before must not be made again.
		for _, d := range f.Decls {
			if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
				for _, spec := range gd.Specs {
					name, path := importSpecName(spec.(*ast.ImportSpec))
					if !w.keepsImport(path) {
						continue
					}
					p.ImportSpecs = append(p.ImportSpecs, importSpec{Name: name, Path: path, Off: offset(spec.Pos())})
				}
				// With the semicolon that ends it on a line of several
				// (import "fmt"; func f() {}), which alone would start
				// the file.
				end := offset(gd.End())
				if rest := src.Text[end:]; strings.HasPrefix(strings.TrimLeft(rest, " \t"), ";") {
					end += len(rest) - len(strings.TrimLeft(rest, " \t")) + 1
				}
				w.add(offset(gd.Pos()), end, "", 0)
			}
		}
	}

	build := func(edits []taggedEdit, withResult bool) string {
		var b strings.Builder
		if m == ModeInput {
			b.WriteString("package main\n")
		}
		// A segment that declares nothing runs in a function literal: yaegi
		// keeps the temporaries of top-level code alive for good, which would
		// hide a coroutine never awaited from the loop's collector-driven
		// warning.
		wrap := seg.Kind == gosrc.SegStmt && len(p.Decls) == 0
		if seg.Kind == gosrc.SegStmt {
			b.WriteString("func _() {\n")
			if wrap {
				b.WriteString("func() {\n")
			}
		}
		var es []gosrc.Edit
		for _, e := range edits {
			if withResult || !e.result {
				es = append(es, e.Edit)
			}
		}
		b.WriteString(src.Render(seg.From, seg.To, es))
		if wrap {
			b.WriteString("\n}()")
		}
		if seg.Kind == gosrc.SegStmt {
			b.WriteString("\n")
			for _, d := range p.Decls {
				if d.Value && d.Big == "" {
					fmt.Fprintf(&b, "%s.Decl(%q, %s);", HelperPkg, d.Name, d.Name)
					if show := w.showValue(d.Name, d.Name, p.Checked.DeclType(d.Name), w.file.Name.Pos()); show != "" {
						b.WriteString(show + ";")
					}
				}
			}
			b.WriteString("}")
		}
		if m == ModeScript && w.usesMinMax {
			b.WriteString("\n" + MinMaxDecls)
		}
		if w.usesPanickedInit {
			b.WriteString("\n" + panickedInitDecls)
		}
		b.WriteString(w.preludeText)
		b.WriteString(w.instAliasDecls)
		return b.String()
	}
	p.Code = build(w.edits, true)
	if w.hasResultEdit {
		p.Bare = build(w.edits, false)
	}
	if len(w.rangeEdits) > 0 {
		p.RangeRetry = build(append(append([]taggedEdit(nil), w.edits...), w.rangeEdits...), true)
	}
	return nil
}

// syntaxMsg rewords parser messages that mention the wrapper the front end
// puts around statements.
// goOperandStart returns the offset in src of the operand of the last go
// or defer statement that begins before off (off if there is none).
func goOperandStart(src string, off int) int {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(file, []byte(src), nil, 0)
	start, after := off, false
	for {
		pos, t, _ := s.Scan()
		o := file.Offset(pos)
		if t == token.EOF || o >= off {
			return start
		}
		if after {
			start = o
		}
		after = t == token.GO || t == token.DEFER
	}
}

// compilerWords words go/parser's message about the statements of a
// prompt input as Go's compiler does, where they differ in a way a
// newcomer meets first (while i < 3 {, j := i++, c ? 1 : 2):
//
//	expected ';', found i          ->  unexpected name i at end of statement
//	expected ';', found '++'       ->  unexpected ++ at end of statement
//	illegal character U+003F '?'   ->  invalid character U+003F '?'
func compilerWords(msg string) string {
	if rest, ok := strings.CutPrefix(msg, "illegal character "); ok {
		return "invalid character " + rest
	}
	found, ok := strings.CutPrefix(msg, "expected ';', found ")
	if !ok || found == "'else'" { // (else keeps its hint, see syntaxMsg)
		return msg
	}
	switch {
	case len(found) > 2 && found[0] == '\'' && found[len(found)-1] == '\'':
		found = found[1 : len(found)-1]
		if token.Lookup(found).IsKeyword() {
			found = "keyword " + found
		}
	case found == "newline" || found == "EOF":
	case token.IsIdentifier(found):
		found = "name " + found
	default:
		found = "literal " + found
	}
	return "unexpected " + found + " at end of statement"
}

func syntaxMsg(msg string) string {
	// Python's habits, in the compiler's words with the way Go says it.
	switch {
	case msg == "illegal label declaration":
		return "syntax error: unexpected :, expected { (a Go block is in braces, not after a colon: if x > 5 { ... })"
	case msg == "expected '==', found '='":
		return "syntax error: unexpected = (Go has no keyword arguments: pass the values in order; = assigns, == compares)"
	case msg == "expected '{', found in":
		return "syntax error: unexpected name in, expected { (Go ranges with for _, n := range nums { ... })"
	case strings.HasPrefix(msg, "expected declaration, found ") && !strings.HasSuffix(msg, "'}'"):
		return "syntax error: non-declaration statement outside function body (statements go in a function: func main() { ... })"
	}
	msg = strings.Replace(msg, "expected declaration, found", "unexpected", 1)
	if strings.HasSuffix(msg, "found 'else'") || msg == "unexpected 'else'" {
		// An else on a line of its own: the line before ended the if.
		msg += " (an else goes on the line of the if's closing brace, } else {: Go ends a statement at the end of a line that could end it)"
	}
	if strings.HasPrefix(msg, "invalid character ") {
		return msg // the scanner's, as the compiler says it
	}
	return "syntax error: " + msg
}

type taggedEdit struct {
	gosrc.Edit
	result bool // part of the result capture
}

// rewriter walks one parsed segment, checking names and collecting edits.
type rewriter struct {
	fe     *FrontEnd
	src    *gosrc.Source
	fset   *token.FileSet
	file   *ast.File
	offset func(token.Pos) int
	plan   *Plan
	mode   mode

	edits         []taggedEdit
	rangeEdits    []taggedEdit
	twinSet       *twins // the program's types, by representation (lower_assertparam.go)
	hasResultEdit bool
	usesMinMax    bool
	// usesPanickedInit: the file declares panickedSet and panickedGet
	// (lower_panicvalue.go).
	usesPanickedInit bool
	funcLits         int
	litNames         map[*ast.FuncLit]string // see litName
	calledParams     map[*types.Func][]bool  // see onlyCalledParams
	deferred         map[*ast.CallExpr]bool  // the calls of defer statements
	goCalls          map[*ast.CallExpr]bool  // the calls of go statements
	funcs            []funcSpan              // the functions of the file, and which defer (findDeferFrames)
	parenDeferred    map[*ast.FuncLit]bool   // literals deferred in parentheses, which lose them (lower_deferparen.go)
	laterValueArgs   map[ast.Expr]bool       // fmt's arguments that go to __repl.FmtLaterValue (lower_fmtvalue.go)
	loopCopies       map[token.Pos]string    // the names loopVars gave loop variables, by declaration
	shadowed         map[types.Object]bool   // the variables lower_shadowed.go renames
	resultStmt       ast.Stmt                // the input's final statement, whose value prints
	reflectShown     bool                    // a reflect.Type shows by the host runtime's names (lower_reflectnames.go)
	// instances are programInstances' answer, once asked.
	instances   *[]types.Type
	query       bool            // checked for a question (:type), not to run
	loweredUses map[string]int  // uses of packages lowered away, by path (see usePrelude)
	dropImports map[string]bool // imports the code no longer needs, by path
	preludeText string          // the prelude's declarations a script uses
	methodRegs  string          // the registrations of the segment's methods (lower_reflectmethods.go)
	// ifaceCopyFuncs names the script's functions that copy a value to
	// a compiled interface, by their types; ifaceCopyDecls declares them
	// (see lower_ifacecopy.go).
	ifaceCopyFuncs map[string]string
	// keyVars names the variables holding the constant keys of
	// lower_keys.go, by their text.
	keyVars map[string]string
	// typeOfVars are the expressions declaring variables (see
	// compiledTypeOf).
	typeOfVars     map[types.Object]ast.Expr
	IfaceCopyDecls string
	extraImports   map[string]string        // packages imported for the lowered code: path -> name
	refusal        error                    // why the input is refused, found by the walk (see rewriter.refuse)
	noBounds       map[*ast.IndexExpr]bool  // index expressions whose bounds another pass checks (see lowerTupleOrder)
	instAliases    map[string]string        // aliases of generic types' instances, by the instance's text (see lower_geninstance.go)
	instAliasDecls string                   // their declarations, written after the code and the prelude
	sharedInsts    map[string]bool          // instances held alike with another type, by their text (see heldComposites)
	varInits       []ast.Node               // where polls read no interpreted variable (see inVarInit)
	hiddenStructs  *[2]bool                 // unnamedHidden's answer, once found
	specials       *specialisations         // generic functions written out for type arguments (lower_specialise.go)
	copies         *typeCopies              // generic types written out per instance (lower_typecopy.go)
	valueTypes     map[string]bool          // the types of a script's values, by TypeText (hasValuesOf)
	loweredSelects map[*ast.SelectStmt]bool // selects made switches (lower_selectcases.go)
	ifaceCommaOK   map[*ast.AssignStmt]bool // comma-ok assignments through variables of their own (lower_blankcommaok.go)
	loopCommaOK    map[*ast.AssignStmt]bool // comma-ok declarations in loops through variables of their own (lower_loopcommaok.go)
	redeclTemps    map[*ast.Ident]string    // interfaces a short declaration assigns, and their new variables (lower_redeclared.go)
	movedInits     map[ast.Stmt]bool        // comma-ok headers' inits lower_mapcommaok.go put in a block before their statement
	// opOperands are the calls of the places of x[k] op= f() evaluated
	// before the value (lower_assignop.go): a check of one wraps the
	// variable standing for it, in the assignment (see wrapOpOperand).
	opOperands map[ast.Expr]opOperand
	recovered  *recoveredFacts // what a script's recovered values may be, once asked (lower_fmtrecovered.go)
	// changedVars are the variables function literals assign or whose
	// addresses are taken, once asked (changedElsewhere).
	changedVars map[types.Object]bool
	// repeatedLits are the composite literals that may run more than
	// once in a frame (lower_complitloop.go, which runs before
	// lower_ifacecopy.go reads them).
	repeatedLits map[*ast.CompositeLit]bool
	// deferCalls are the deferred calls in loops that
	// lowerDeferCallInLoop wrote as literals, for lowerDeferPanicsIn,
	// which runs after it, to catch the call's panic in.
	deferCalls map[*ast.DeferStmt]deferCallEdit
	// rangeDeferCatch are the deferred calls in the body of a range over
	// a function whose panic lowerDeferPanicsIn catches: the Catch call
	// lowerRangeFuncDefer, which runs after it, writes around the call
	// it puts on the loop's list.
	rangeDeferCatch map[*ast.DeferStmt]string
	// wrappedFmt is wrappedFmtMethods's answer, once asked.
	wrappedFmt *bool
	// ifaceHeld is ownIfacesHold's answer, once asked.
	ifaceHeld *bool
	// stringMethods is stringKindWithMethods's answer, once asked.
	stringMethods *bool
	// joinUsed is usesErrorsJoin's answer, once asked.
	joinUsed *bool
}

// deferCallEdit is the edit of a deferred call in a loop: its
// index in the rewriter's edits, and its text around the call.
type deferCallEdit struct {
	index           int
	pre, call, post string
}

func (w *rewriter) add(off, end int, text string, prio int) {
	w.edits = append(w.edits, taggedEdit{Edit: gosrc.Edit{Off: off, End: end, Text: text, Prio: prio}})
}

// addOuter is add for an edit around a whole statement: it stays where it
// is when another lowering moves an expression ending or starting there
// (gosrc.Edit's Outer).
func (w *rewriter) addOuter(off, end int, text string, prio int) {
	w.edits = append(w.edits, taggedEdit{Edit: gosrc.Edit{Off: off, End: end, Text: text, Prio: prio, Outer: true}})
}

// wrapArg inserts text, which opens a wrapping of the whole of x (a
// function's call taking x, a conversion), before x: where another
// lowering moves a part of x that starts where x does (a of a.(*T)), the
// text stays before that lowering's (gosrc.Edit's Wraps). Every lowering
// that wraps an expression opens it so: with a plain insertion, the
// wrapping moved with the part, and closed after the rewritten whole
// (take(x.(*Dog)) with take's parameter an any, whose conversion opens
// where x does, failed to parse; return err.(*E) in a function returning
// error called the assertion's function with the boxed error).
func (w *rewriter) wrapArg(x ast.Node, text string, prio int) {
	off := w.offset(x.Pos())
	w.edits = append(w.edits, taggedEdit{Edit: gosrc.Edit{Off: off, End: off, Text: text, Prio: prio, Wraps: true, WrapEnd: w.offset(x.End())}})
}

func (w *rewriter) text(n ast.Node) string { return w.src.Text[w.offset(n.Pos()):w.offset(n.End())] }

// moved returns the user's text of n for use in an edit at another place,
// with the edits made inside it and line directives keeping its positions.
// The place n leaves must be replaced, by vacate or by an edit covering more.
func (w *rewriter) moved(n ast.Node) string {
	return w.src.Moved(w.offset(n.Pos()), w.offset(n.End()))
}

// vacate replaces n, whose text moved elsewhere, by text. The replacement
// goes before any other edit of n's place (a renaming, say), which moves
// with the text.
func (w *rewriter) vacate(n ast.Node, text string) {
	w.edits = append(w.edits, taggedEdit{Edit: gosrc.Edit{Off: w.offset(n.Pos()), End: w.offset(n.End()), Text: text, Prio: -1, Vacates: true}})
}

var Universe = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range types.Universe.Names() {
		m[n] = true
	}
	return m
}()

// checkCounts reports what Go's compiler reports and yaegi v0.16.1
// accepts or words in its own terms: an assignment or declaration whose
// count of values is not its count of names (a, b := 1, 2, 3 was taken,
// x, y := 1 said "unsupported assign expression"), and a built-in
// function used as a value (len alone said "invalid type in").
func (w *rewriter) checkCounts() error {
	var err error
	check := func(at ast.Node, names int, values []ast.Expr) {
		if err != nil || len(values) == 0 || names == len(values) {
			return
		}
		if len(values) == 1 {
			switch v := ast.Unparen(values[0]).(type) {
			case *ast.CallExpr:
				return // its results are counted when it is compiled
			case *ast.IndexExpr, *ast.TypeAssertExpr:
				if names == 2 {
					return // v, ok
				}
			case *ast.UnaryExpr:
				if v.Op == token.ARROW && names == 2 {
					return
				}
			}
		}
		plural := "s"
		if len(values) == 1 {
			plural = ""
		}
		err = &Error{Pos: w.src.Position(w.offset(at.Pos())), Msg: fmt.Sprintf("assignment mismatch: %d variables but %d value%s", names, len(values), plural)}
	}
	ast.Inspect(w.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE || n.Tok == token.ASSIGN {
				check(n, len(n.Lhs), n.Rhs)
			}
		case *ast.ValueSpec:
			check(n, len(n.Names), n.Values)
		case *ast.ExprStmt:
			if id, ok := n.X.(*ast.Ident); ok && id.Obj == nil && w.fe.Names[id.Name] == nil && builtinFuncs[id.Name] && err == nil {
				err = &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf("%s (built-in function %s) must be called", id.Name, id.Name)}
			}
		}
		return err == nil
	})
	return err
}

// builtinFuncs are Go's built-in functions.
var builtinFuncs = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range types.Universe.Names() {
		if _, ok := types.Universe.Lookup(name).(*types.Builtin); ok {
			m[name] = true
		}
	}
	return m
}()

// topReturn reports a return among an input's statements outside any
// function: there is no function to return from (the interpreter's
// compiler crashed on one inside an if).
func (w *rewriter) topReturn() error {
	var found ast.Stmt
	ast.Inspect(w.file.Decls[0].(*ast.FuncDecl).Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt, *ast.DeferStmt:
			if found == nil {
				found = n.(ast.Stmt)
			}
		}
		return found == nil
	})
	switch found.(type) {
	case *ast.ReturnStmt:
		return &Error{Pos: w.src.Position(w.offset(found.Pos())), Msg: "return outside a function: the statements of an input run at the top level (put them in a function to return early)"}
	case *ast.DeferStmt:
		// The interpreter ran it again after every later input.
		return &Error{Pos: w.src.Position(w.offset(found.Pos())), Msg: "defer outside a function: the statements of an input run at the top level, with no function to return from (put them in a function)"}
	}
	return nil
}

// checkNames reports the first identifier the segment uses that neither it
// nor the session declares, and finds the packages to import automatically.
// yaegi's own answer to an undefined name is often misleading ("constant
// definition loop") and can leave a half-declared variable behind.
func (w *rewriter) checkNames() error {
	used := map[*ast.Ident]bool{}   // identifiers used as X in X.Sel
	called := map[*ast.Ident]bool{} // identifiers called, heap()
	inFunc := map[*ast.Ident]bool{} // of those, the ones a declared function calls
	var fn *ast.FuncDecl
	var typeSpecs []*ast.TypeSpec
	ast.Inspect(w.file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSpec:
			typeSpecs = append(typeSpecs, n)
		case *ast.FuncDecl:
			fn = n
		case *ast.SelectorExpr:
			if id, ok := n.X.(*ast.Ident); ok {
				used[id] = true
			}
		case *ast.CallExpr:
			if id, ok := n.Fun.(*ast.Ident); ok {
				called[id] = true
				inFunc[id] = fn != nil && fn.Name.Name != "_" && fn.Pos() <= id.Pos() && id.End() <= fn.End() // (statements are in func _)
			}
		}
		return true
	})
	local := map[string]bool{}
	for _, is := range w.file.Imports {
		name, _ := importSpecName(is)
		local[name] = true
	}
	for _, id := range w.file.Unresolved {
		name := id.Name
		switch {
		case local[name], w.fe.Names[name] != nil, w.fe.Types.Objs[name] != nil, name == HelperPkg:
		case name == "main" && w.fe.hasMain:
		case Universe[name]:
		case used[id] && w.fe.Imports[name] != "" && w.src.Interactive():
		case used[id] && w.fe.Importable[name] != "" && w.src.Interactive():
			w.plan.AutoImports[name] = w.fe.Importable[name]
		case used[id] && lowerOnlyPkgs[name] && w.src.Interactive():
			w.plan.AutoImports[name] = name // for the type check; the lowering drops it
		case w.mode == ModeScript || w.mode == ModeLoad:
			// The type check lists it among the file's errors, as go
			// build does (with the import hint, see FrontEnd.Hint).
		default:
			msg := "undefined: " + name
			if inFunc[id] && w.src.Interactive() {
				// even calling odd, declared in the next input.
				msg += fmt.Sprintf(" (the prompt compiles each input on its own: declare %s first, or give functions that call each other in one input; a whole program pasted with its package clause, or :load FILE, is compiled as one)", name)
			}
			if w.src.Interactive() && slices.ContainsFunc(typeSpecs, func(ts *ast.TypeSpec) bool { return ts.Pos() <= id.Pos() && id.End() <= ts.End() }) {
				if declaresGenericType(w.src.Text, name) {
					// Elem[T] and List[T] referring to each other, in one
					// input: the prompt declares generic types one by one.
					msg += " (generic types that refer to each other cannot be declared at the prompt, where the interpreter would instantiate them round the cycle until its stack overflows; run them in a script, asyncrepl FILE.go, which writes them out per instance)"
				} else {
					// type List struct{ head *element } before element's.
					msg += fmt.Sprintf(" (the prompt compiles each input on its own: declare %s before the types that use it, or types that refer to each other in one input)", name)
				}
			}
			if used[id] && !w.src.Interactive() && w.fe.Importable[name] != "" {
				msg += fmt.Sprintf(" (missing import %q?)", w.fe.Importable[name])
			}
			if !used[id] && w.src.Interactive() && (w.fe.Imports[name] != "" || w.fe.Importable[name] != "" && !called[id]) {
				// A package's name alone (the prompt imports it where
				// a selector uses it), as Go says of it; not one the
				// session has not imported that is called: heap() calls
				// a function the user meant to declare.
				msg = "use of package " + name + " without selector"
			}
			off := w.offset(id.Pos())
			if at, _, _ := strings.Cut(w.src.Text[off:], "\n"); msg == "undefined: "+name {
				if h := newcomerHint(msg, "", at, w.declaresAnywhere); h != "" {
					msg += " (" + h + ")"
				}
			}
			return &Error{Pos: w.src.Position(off), Msg: msg}
		}
	}
	return nil
}

// importSpecName returns the name an import gives its package, and the
// package's path.
func importSpecName(is *ast.ImportSpec) (name, path string) {
	path, _ = strconv.Unquote(is.Path.Value)
	if is.Name != nil {
		return is.Name.Name, path
	}
	return ImportName(path), path
}

// ImportName is the name a package of that path declares, as Go's tools
// guess it: the last element, or the one before a major version (v2).
func ImportName(path string) string {
	name := path[strings.LastIndex(path, "/")+1:]
	if strings.HasPrefix(name, "v") && isDigits(name[1:]) && strings.Contains(path, "/") {
		rest := path[:strings.LastIndex(path, "/")]
		name = rest[strings.LastIndex(rest, "/")+1:]
	}
	return name
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// redeclaredVars finds the session's variables that the statements of an
// input declare again (n := n + 1). The interpreter makes the new variable
// when it compiles the input, so every mention of the name in it, even
// one before the declaration, would read the new, zero, variable: those
// mentions (the ones the parser left unresolved) are rewritten to read a
// copy of the old value made before the input runs.
func (w *rewriter) redeclaredVars() {
	redecl := map[string]bool{}
	for _, name := range w.prevVars(func(d declared) bool { return d.Value }) {
		redecl[name] = true
	}
	if len(redecl) == 0 {
		return
	}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(n.X, visit) // not the selector
			return false
		case *ast.KeyValueExpr:
			ast.Inspect(n.Value, visit) // a key may be a field's name
			return false
		case *ast.Ident:
			if n.Obj == nil && redecl[n.Name] {
				w.add(w.offset(n.Pos()), w.offset(n.End()), PrevPrefix+n.Name, 0)
			}
		}
		return true
	}
	ast.Inspect(w.file.Decls[0].(*ast.FuncDecl).Body, visit)
}

// prevVars adds to the plan's Prev, and returns, the session's variables
// that the segment's declarations of which declares says declare again.
func (w *rewriter) prevVars(declares func(declared) bool) []string {
	p := w.plan
	for _, d := range p.Decls {
		if n := w.fe.Names[d.Name]; declares(d) && n != nil && n.Kind == KindVar && !slices.Contains(p.Prev, d.Name) {
			p.Prev = append(p.Prev, d.Name)
		}
	}
	return p.Prev
}

// collectDecls records the package-level names the segment declares.
func (w *rewriter) collectDecls() {
	p := w.plan
	if p.Seg.Kind == gosrc.SegStmt {
		body := w.file.Decls[0].(*ast.FuncDecl).Body
		for _, st := range body.List {
			switch st := st.(type) {
			case *ast.AssignStmt:
				if st.Tok != token.DEFINE {
					continue
				}
				var statics []string
				if len(st.Rhs) == 1 && len(st.Lhs) > 1 {
					statics = w.resultTypes(st.Rhs[0])
					if ta, ok := st.Rhs[0].(*ast.TypeAssertExpr); ok && ta.Type != nil && len(st.Lhs) == 2 {
						statics = []string{w.text(ta.Type), "bool"}
					}
				}
				if len(st.Lhs) == len(st.Rhs) {
					w.runeLits(st.Rhs)
				}
				for i, lhs := range st.Lhs {
					id, ok := lhs.(*ast.Ident)
					if !ok || id.Name == "_" {
						continue
					}
					if ti := w.info(); ti != nil && ti.Defs[id] == nil {
						continue // declared before in the input, assigned here (x := 1; x, y := 2, 3)
					}
					info := NameInfo{Kind: KindVar}
					if len(st.Lhs) == len(st.Rhs) {
						info.isInt = isIntExpr(st.Rhs[i])
						info.Typ = typeHint(st.Rhs[i], w.fe)
					}
					d := declared{Name: id.Name, Node: id, Info: info, Value: true}
					if i < len(statics) {
						d.Static = statics[i]
					}
					p.Decls = append(p.Decls, d)
				}
			case *ast.DeclStmt:
				w.genDecl(st.Decl.(*ast.GenDecl))
			}
		}
		return
	}
	for _, d := range w.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil {
				p.Decls = append(p.Decls, declared{Name: "", Node: d, Info: NameInfo{decl: w.canonical(w.text(d))}, Text: w.funcSig(d)})
				continue
			}
			info := NameInfo{Kind: kindFunc, generic: d.Type.TypeParams != nil, decl: w.canonical(w.text(d))}
			if d.Type.Results != nil {
				for _, r := range d.Type.Results.List {
					n := max(1, len(r.Names))
					for range n {
						info.results = append(info.results, w.text(r.Type))
					}
				}
			}
			name := d.Name.Name
			if name == "main" && w.mode != ModeScript {
				p.DeclsMain = true
				w.add(w.offset(d.Name.Pos()), w.offset(d.Name.End()), MainName, 0)
			}
			if name == "init" || name == "_" {
				continue
			}
			p.Decls = append(p.Decls, declared{Name: name, Node: d, Info: info, Text: w.funcSig(d)})
		case *ast.GenDecl:
			w.genDecl(d)
		}
	}
	w.collectDocs()
}

// methodsLeftOut returns the methods the session has for its type name
// that the segment does not declare again.
func (w *rewriter) methodsLeftOut(name string) []string {
	again := map[string]bool{}
	for _, d := range w.plan.Decls {
		if f, ok := d.Node.(*ast.FuncDecl); ok && f.Recv != nil {
			again[funcKey(f)] = true
		}
	}
	var lost []string
	for m := range w.fe.methods {
		if recv, method, ok := strings.Cut(m, "."); ok && recv == name && !again[m] {
			lost = append(lost, method)
		}
	}
	slices.Sort(lost)
	return lost
}

// universeValue refuses a package-level variable or constant (of a
// script, or the prompt's top level) named as a name of the universe the
// interpreter then takes for Go's own, or that the shell's own code uses:
// a variable named nil, iota, true or false, as a type the shell's code
// writes for literals and conditions (bool, int, int32, float64,
// complex128, string; rune at the prompt), or as a type its own value is
// of (nil := 1, then fmt.Println(nil) printed <nil>; iota := 7 read 0;
// var false = true made 1 > 2 true; string := "s" failed in the
// interpreter's words, and int := "x", float64 := 2.5 or true := 0 broke
// later inputs as plain as y := 5, 1.5 or b := 1 < 2 until :reset); a
// constant named true, false, bool,
// int or string, or as its value's type, and at the prompt any constant
// named as a name of the universe (const int = 3 broke the session; const
// max = 10 read back as "undefined: max·"). The other names work (error
// := 1, print := 3, var uint8 = 7, a script's const iota = 100; for len
// and the other names the shell's code calls, see shellBuiltins), with a
// warning at the prompt; inside a function all of them do. Which names
// fail was found by running each: the list is the interpreter's, not a
// rule of Go's.
func (w *rewriter) universeValue(id *ast.Ident) error {
	info := w.info()
	if info == nil || info.Defs[id] == nil {
		return nil
	}
	obj := info.Defs[id]
	_, isType := types.Universe.Lookup(id.Name).(*types.TypeName)
	_, isConst := obj.(*types.Const)
	// Its own value's type is named so (uint8 := byte(1)).
	ownType := isType && madeOf(types.Default(obj.Type()), func(u types.Type) bool {
		b, ok := u.(*types.Basic)
		return ok && b.Name() == id.Name
	})
	kind, refused := "a variable", ownType || slices.Contains([]string{"nil", "iota", "true", "false", "bool", "int", "int32", "float64", "complex128", "string"}, id.Name) ||
		w.mode != ModeScript && id.Name == "rune"
	if isConst {
		kind, refused = "a constant", ownType || slices.Contains([]string{"true", "false", "bool", "int", "string"}, id.Name) ||
			w.mode != ModeScript && types.Universe.Lookup(id.Name) != nil
	}
	if !refused {
		return nil
	}
	what := "Go's " + id.Name
	if isType {
		what = "the type " + id.Name
	}
	where := "at the package level"
	if w.mode == ModeInput {
		where = "at the top level of the prompt"
	}
	return &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf(
		"%s named %s %s: the interpreter takes the name for %s there, and would answer wrongly or fail; name it otherwise (inside a function the name works)", kind, id.Name, where, what)}
}

// shellBuiltins are the names of the universe that the lowered code uses
// wherever the program's code may be (bounds checks, conversions for fmt,
// the recover of a deferred literal): a package-level declaration of one
// hides Go's from it (len := 3 at the prompt made xs[1] "too many
// arguments"; var byte = 7 made s[i] a "CFG post-order panic"; any := 7
// made recover() panic in reflection's words), but a function, type or
// constant named byte. Found by running each.
var shellBuiltins = []string{"len", "cap", "make", "new", "panic", "any", "byte"}

// redeclared checks the segment's declarations of names the session has.
// yaegi v0.16.1 keeps a type's first declaration and a method's first body,
// so declaring either again differently is an error rather than a change
// that does not happen; the same text again, spaces aside (a file loaded
// twice), is fine.
// A function declared again takes effect, but the functions compiled
// before that call it keep calling the old one: the plan warns of them.
func (w *rewriter) redeclared() error {
	info := w.info()
	decls := w.plan.Decls
	if info == nil {
		decls = nil // nothing checked to tell (a syntax error's)
	}
	for _, d := range decls {
		var name *ast.Ident
		kind := ""
		switch n := d.Node.(type) {
		case *ast.Ident: // a variable or constant
			if err := w.universeValue(n); err != nil {
				return err
			}
			name = n
			if obj, ok := info.Defs[n].(*types.Const); ok && obj != nil {
				kind = "a constant"
			} else {
				kind = "a variable"
			}
		case *ast.FuncDecl:
			if n.Recv == nil {
				name, kind = n.Name, "a function"
			}
		case *ast.TypeSpec:
			name, kind = n.Name, "a type"
			if tn, ok := info.Defs[n.Name].(*types.TypeName); ok && tn.IsAlias() && types.Identical(tn.Type(), types.Universe.Lookup("any").Type()) {
				name = nil // type any = interface{}, Go's own any again
			}
		}
		if name != nil && slices.Contains(shellBuiltins, name.Name) && (name.Name != "byte" || kind == "a variable") {
			where := "at the package level"
			if w.mode == ModeInput {
				where = "at the top level of the prompt"
			}
			return &Error{Pos: w.src.Position(w.offset(name.Pos())), Msg: fmt.Sprintf(
				"%s named %s %s: the shell's rewriting of your code uses Go's %s, which the name would hide there (indexing, slicing, printing or recover may then fail); name it otherwise (inside a function the name works)", kind, name.Name, where, name.Name)}
		}
	}
	if w.mode == ModeScript {
		return nil
	}
	if w.mode == ModeInput && info != nil {
		// type u string after var u int: the interpreter keeps the
		// variable, and took u for it in the code registering the type
		// ("cannot indirect", at a column of that code); a struct or
		// interface type, or an alias, it declares.
		for _, d := range decls {
			ts, ok := d.Node.(*ast.TypeSpec)
			if !ok || ts.Assign.IsValid() {
				continue
			}
			n := w.fe.Names[ts.Name.Name]
			if n == nil || n.Kind == KindType {
				continue
			}
			if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok {
				switch tn.Type().Underlying().(type) {
				case *types.Struct, *types.Interface:
					continue
				}
			}
			what := map[nameKind]string{KindVar: "a variable", kindConst: "a constant", kindFunc: "a function"}[n.Kind]
			return &Error{Pos: w.src.Position(w.offset(ts.Name.Pos())), Msg: fmt.Sprintf(
				"type %s: the session declares %s, %s, which the interpreter keeps beside a type of that name and takes for it; name the type otherwise, or :reset for a fresh session", ts.Name.Name, ts.Name.Name, what)}
		}
	}
	if w.mode == ModeInput {
		// import "fmt" after fmt := "x": Go's "redeclared" (the session
		// kept fmt the variable, silently).
		for _, is := range w.file.Imports {
			name, path := importSpecName(is)
			if n := w.fe.Names[name]; n != nil && name != "_" && name != "." {
				what := map[nameKind]string{KindVar: "a variable", kindConst: "a constant", kindFunc: "a function", KindType: "a type"}[n.Kind]
				// A name the session does not use yet.
				alias := name[:1]
				for i := 1; alias == name || w.fe.Names[alias] != nil || w.fe.Imports[alias] != ""; i++ {
					alias = name + "pkg"
					if i > 1 {
						alias += strconv.Itoa(i)
					}
				}
				return &Error{Pos: w.src.Position(w.offset(is.Pos())), Msg: fmt.Sprintf(
					"%s redeclared: the session declares %s, %s; import the package under another name (import %s %q), or :reset for a fresh session", name, name, what, alias, path)}
			}
		}
	}
	p, fe := w.plan, w.fe
	p.methods, p.calls = map[string]string{}, map[string][]string{}
	again := map[string]bool{} // functions this segment declares
	var funcs []*ast.FuncDecl
	for _, d := range p.Decls {
		switch n := d.Node.(type) {
		case *ast.FuncDecl:
			if n.Body == nil {
				// As the compiler says (the checker lets it by, for a
				// body in assembly).
				return &Error{Pos: w.src.Position(w.offset(n.Name.Pos())), Msg: "missing function body"}
			}
			funcs = append(funcs, n)
			if n.Recv == nil {
				again[d.Name] = true
				continue
			}
			m := funcKey(n)
			if fe.forwardedMethods[m] {
				return &Error{Pos: w.src.Position(w.offset(n.Name.Pos())), Msg: fmt.Sprintf(
					"method %s: the type promotes a method %s from an embedded field of a compiled type, which the shell wrote out as the type's own in an earlier input (to hand a value of it to compiled code as an interface), and the interpreter cannot change a method: declare the method before the value is used so, or :reset for a fresh session", m, n.Name.Name)}
			}
			if old, ok := fe.methods[m]; ok && old != d.Info.decl {
				return &Error{Pos: w.src.Position(w.offset(n.Name.Pos())), Msg: fmt.Sprintf(
					"method %s is already declared in this session, and the interpreter cannot change a method: declare it under another name, or :reset for a fresh session", m)}
			}
			if _, ok := fe.methods[m]; !ok {
				if warn := w.heldWithoutMethods(n); warn != nil && !slices.ContainsFunc(p.Warnings, func(e *Error) bool { return e.Msg == warn.Msg }) {
					p.Warnings = append(p.Warnings, warn)
				}
				if warn := w.compiledWithoutMethod(n); warn != nil {
					p.Warnings = append(p.Warnings, warn)
				}
			}
			p.methods[m] = d.Info.decl
		case *ast.TypeSpec:
			if old := fe.Names[d.Name]; old != nil && old.Kind == KindType && old.decl != "" && old.decl != d.Info.decl {
				return &Error{Pos: w.src.Position(w.offset(n.Name.Pos())), Msg: fmt.Sprintf(
					"type %s is already declared in this session, and the interpreter cannot change a type: declare it under another name, or :reset for a fresh session", d.Name)}
			}
			if old := fe.Names[d.Name]; old != nil && old.Kind == KindType && old.decl == d.Info.decl {
				if lost := w.methodsLeftOut(d.Name); len(lost) > 0 {
					// The type checker would take the declaration for a
					// new type, without them, and the interpreter keeps
					// them: one value would print two ways.
					return &Error{Pos: w.src.Position(w.offset(n.Name.Pos())), Msg: fmt.Sprintf(
						"type %s is already declared in this session, with methods (%s) that this input does not declare again: leave the declaration out (the session has it), or declare its methods with it (as loading the same file again does)",
						d.Name, strings.Join(lost, ", "))}
				}
			}
		}
	}
	// top are the variables a statement segment declares at its top level:
	// the session's once it has run.
	top := map[any]bool{} // by the identifiers' objects
	var lits []litUse     // function literals the segment stores in variables
	if p.Seg.Kind == gosrc.SegStmt {
		top, lits = topLiterals(w.file.Decls[0].(*ast.FuncDecl).Body)
	} else {
		for _, d := range w.file.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
				lits = append(lits, specLiterals(g)...)
			}
		}
	}
	uses := func(caller string, body ast.Node) {
		var visit func(n ast.Node) bool
		visit = func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				ast.Inspect(n.X, visit) // a field or method is no use of a name
				return false
			case *ast.KeyValueExpr:
				ast.Inspect(n.Value, visit) // nor a struct literal's key
				return false
			case *ast.Ident:
				// The session's functions it calls, variables and types it
				// uses.
				// (In a file, the file's own package-level names: a
				// :load'ed b calling the file's a.)
				fileLevel := n.Obj != nil && w.file.Scope != nil && w.file.Scope.Lookup(n.Name) == n.Obj
				if fe.lookup(n, kindFunc) != nil || fe.lookup(n, KindVar) != nil || fe.lookup(n, KindType) != nil || fe.lookup(n, kindConst) != nil || n.Obj == nil && again[n.Name] || n.Obj != nil && top[n.Obj] || fileLevel {
					if !slices.Contains(p.calls[caller], n.Name) {
						p.calls[caller] = append(p.calls[caller], n.Name)
					}
				}
			}
			return true
		}
		ast.Inspect(body, visit)
	}
	for _, d := range funcs {
		uses(funcKey(d), d.Body)
		uses(funcKey(d), d.Type) // the types its signature names
	}
	// A function literal held by a variable calls the functions it names,
	// and uses the variables, as they were when the input compiled it.
	for _, l := range lits {
		uses(l.name, l.lit.Body)
	}
	for _, d := range p.Decls {
		if Universe[d.Name] && fe.Names[d.Name] == nil && w.mode != ModeScript {
			p.Warnings = append(p.Warnings, &Error{Msg: fmt.Sprintf(
				"warning: %s now names the session's %s, not Go's built-in %s, in every later input (:reset for a fresh session)", d.Name, d.Name, d.Name)})
		}
		old := fe.Names[d.Name]
		if d.Value && old != nil && old.Kind == KindVar {
			if users := fe.callers[d.Name]; len(users) > 0 {
				verb, advice, onlyMethods := usersAdvice(users)
				sep := ", or "
				if onlyMethods {
					sep = ": " // only assigning reaches a method
				}
				p.Warnings = append(p.Warnings, &Error{Pos: w.declPos(d), Msg: fmt.Sprintf(
					"warning: %s still %s the %s declared before: %s%sassign (%s = ...) instead of declaring to change the one in use",
					strings.Join(users, ", "), verb, d.Name, advice, sep, d.Name)})
			}
			continue
		}
		if old != nil && old.Kind == kindConst && w.constChanged(d) {
			// A function compiled before has the old value in its code.
			if users := fe.callers[d.Name]; len(users) > 0 {
				verb, advice, onlyMethods := usersAdvice(users)
				them := "them"
				if len(users) == 1 {
					them = "it"
				}
				if onlyMethods {
					advice += ": :reset for a fresh session"
				}
				p.Warnings = append(p.Warnings, &Error{Pos: w.declPos(d), Msg: fmt.Sprintf(
					"warning: %s still %s the constant %s declared before (its value is compiled into %s): %s",
					strings.Join(users, ", "), verb, d.Name, them, advice)})
			}
			continue
		}
		if d.Info.Kind != kindFunc || old == nil || old.Kind != kindFunc || old.decl == d.Info.decl {
			continue
		}
		var stale []string
		for _, c := range fe.callers[d.Name] {
			if c != d.Name && !again[c] {
				stale = append(stale, c)
			}
		}
		if len(stale) == 0 {
			continue
		}
		verb, fix := "call", "declare "+strings.Join(stale, ", ")+" again"
		if len(stale) == 1 {
			verb = "calls"
		}
		if slices.ContainsFunc(stale, func(c string) bool { return strings.Contains(c, ".") }) {
			fix += " (a method cannot be: :reset for a fresh session)"
		}
		p.Warnings = append(p.Warnings, &Error{Pos: w.src.Position(w.offset(d.Node.(*ast.FuncDecl).Name.Pos())), Msg: fmt.Sprintf(
			"warning: %s still %s the %s declared before (the interpreter binds a call when it compiles it): %s to call this one",
			strings.Join(stale, ", "), verb, d.Name, fix)})
	}
	return nil
}

// usersAdvice returns, for the functions and methods (T.M) that still use
// a name declared again, the verb that goes with them ("uses", "use") and
// what to do: declare the functions again, which a method cannot be
// (onlyMethods: all are methods).
func usersAdvice(users []string) (verb, advice string, onlyMethods bool) {
	verb = "use"
	if len(users) == 1 {
		verb = "uses"
	}
	fns := slices.DeleteFunc(slices.Clone(users), func(c string) bool { return strings.Contains(c, ".") })
	advice = "declare " + strings.Join(fns, ", ") + " again to use this one"
	switch {
	case len(fns) == 0:
		return verb, "a method cannot be declared again (the interpreter cannot change one)", true
	case len(fns) < len(users):
		advice += " (a method cannot be declared again: the interpreter cannot change one)"
	}
	return verb, advice, false
}

// declPos is the position of d's name, "" where it has none.
func (w *rewriter) declPos(d declared) string {
	if d.Node == nil {
		return ""
	}
	return w.src.Position(w.offset(d.Node.Pos()))
}

// constChanged reports whether d, declaring again a constant of the
// session's, gives it another type or value, or makes it other than a
// constant (loading a file again gives the same).
func (w *rewriter) constChanged(d declared) bool {
	prev, ok := w.fe.Types.Objs[d.Name].(*types.Const)
	id, isIdent := d.Node.(*ast.Ident)
	if !ok || !isIdent || w.info() == nil {
		return true
	}
	c, ok := w.info().Defs[id].(*types.Const)
	if !ok {
		return true
	}
	return TypeText(prev.Type()) != TypeText(c.Type()) || prev.Val().Kind() != c.Val().Kind() || !constant.Compare(prev.Val(), token.EQL, c.Val())
}

// heldWithoutMethods warns of a method d declared for a type of the
// session that had none when an earlier input put its values in an
// interface. yaegi v0.16.1 holds such a value by its representation alone
// (a Money int as an int, a struct{ X int } as that struct), and a method
// declared later never reaches it: after
//
//	type Money int
//	var stash any = Money(5)
//	func (m Money) String() string { return "$5" }
//
// fmt.Println(stash) printed 5 and stash.(fmt.Stringer) failed. A struct
// with an unexported field is held with its type, and gets the method.
func (w *rewriter) heldWithoutMethods(d *ast.FuncDecl) *Error {
	fe := w.fe
	name := recvName(d.Recv.List[0].Type)
	if info := fe.Names[name]; info == nil || info.Kind != KindType {
		return nil // declared in this segment, or not the session's
	}
	for m := range fe.methods {
		if strings.HasPrefix(m, name+".") {
			return nil // held values are wrapped with the type's methods
		}
	}
	tn, ok := fe.Types.Objs[name].(*types.TypeName)
	if !ok || fe.Types.twins == nil {
		return nil
	}
	if n, ok := types.Unalias(tn.Type()).(*types.Named); ok && n.TypeParams().Len() > 0 {
		return nil
	}
	again := name + "(...)"
	if st, ok := tn.Type().Underlying().(*types.Struct); ok {
		again = name + "{...}"
		for f := range st.Fields() {
			if !f.Exported() {
				return nil
			}
		}
	}
	held := fe.Types.twins.held
	if !held[heldKey(tn.Type())] && !held[heldKey(types.NewPointer(tn.Type()))] {
		return nil
	}
	return &Error{Pos: w.src.Position(w.offset(d.Name.Pos())), Msg: fmt.Sprintf(
		"warning: values of %s that earlier inputs put in interfaces (an any, a []any, an error) do not get %s's methods: the interpreter held them by their representation, %s having none then, so fmt does not call this method on them and an assertion to an interface with it fails; make such values again (%s) once the methods are declared",
		name, name, name, again)}
}

// compiledWithoutMethod warns of a method d that fmt calls (String, Error,
// Format, GoString) declared for a type of the session that functions
// declared in earlier inputs use: the interpreter
// compiled them with the type's methods as they were, and the shell
// lowered their printing and assertions so, so they do not see this one
// (after func show(u U) string { return fmt.Sprint(u) }, a String method
// of U left show printing {3}). A function declared again sees it.
func (w *rewriter) compiledWithoutMethod(d *ast.FuncDecl) *Error {
	fe := w.fe
	name := recvName(d.Recv.List[0].Type)
	if info := fe.Names[name]; info == nil || info.Kind != KindType {
		return nil // declared in this segment, or not the session's
	}
	if !slices.Contains(fmtCalled, d.Name.Name) {
		return nil // one fmt does not call: a later call of it sees it
	}
	var fns []string
	for _, c := range fe.callers[name] {
		if n := fe.Names[c]; n != nil && n.Kind == kindFunc && !strings.Contains(c, ".") {
			fns = append(fns, c)
		}
	}
	if len(fns) == 0 {
		return nil
	}
	slices.Sort(fns)
	verb, they, their := "were", "they print", "their"
	if len(fns) == 1 {
		verb, they, their = "was", "it prints", "its"
	}
	return &Error{Pos: w.src.Position(w.offset(d.Name.Pos())), Msg: fmt.Sprintf(
		"warning: %s %s compiled before %s had this method (the interpreter binds a function when it compiles it): what %s of %s, and %s assertions to interfaces, do not see it; declare %s again",
		strings.Join(fns, ", "), verb, name, they, name, their, strings.Join(fns, ", "))}
}

// A litUse is a function literal stored in a session variable (name).
type litUse struct {
	name string
	lit  *ast.FuncLit
}

// topLiterals returns the objects of the variables declared at the top
// level of an input's statements (body), and the function literals that
// its assignments and declarations store in variables, directly or inside
// the value (a struct literal's field, a slice of them).
func topLiterals(body *ast.BlockStmt) (map[any]bool, []litUse) {
	top := map[any]bool{} // by the identifiers' objects
	var lits []litUse
	for _, st := range body.List {
		switch st := st.(type) {
		case *ast.AssignStmt:
			for i, lhs := range st.Lhs {
				id := rootIdent(lhs)
				if id == nil || id.Name == "_" {
					continue
				}
				if st.Tok == token.DEFINE && id.Obj != nil {
					top[id.Obj] = true
				}
				if len(st.Lhs) == len(st.Rhs) {
					lits = append(lits, funcLits(id.Name, st.Rhs[i])...)
				}
			}
		case *ast.DeclStmt:
			if g, ok := st.Decl.(*ast.GenDecl); ok && g.Tok == token.VAR {
				for _, spec := range g.Specs {
					for _, id := range spec.(*ast.ValueSpec).Names {
						if id.Obj != nil {
							top[id.Obj] = true
						}
					}
				}
				lits = append(lits, specLiterals(g)...)
			}
		}
	}
	return top, lits
}

// rootIdent returns the variable that x, the left side of an assignment,
// stores in (m of m["k"], s of s.f[0]), or nil.
func rootIdent(x ast.Expr) *ast.Ident {
	for {
		switch e := x.(type) {
		case *ast.Ident:
			return e
		case *ast.IndexExpr:
			x = e.X
		case *ast.SelectorExpr:
			x = e.X
		case *ast.StarExpr:
			x = e.X
		case *ast.ParenExpr:
			x = e.X
		default:
			return nil
		}
	}
}

// specLiterals returns the function literals a var declaration stores.
func specLiterals(g *ast.GenDecl) []litUse {
	var lits []litUse
	for _, spec := range g.Specs {
		vs := spec.(*ast.ValueSpec)
		if len(vs.Names) != len(vs.Values) {
			continue
		}
		for i, id := range vs.Names {
			if id.Name != "_" {
				lits = append(lits, funcLits(id.Name, vs.Values[i])...)
			}
		}
	}
	return lits
}

// funcLits returns the function literals in x, an assigned value, for the
// variable name: x itself, or literals in a composite literal, not those
// given to a call.
func funcLits(name string, x ast.Expr) []litUse {
	var lits []litUse
	ast.Inspect(x, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			lits = append(lits, litUse{name, n})
			return false
		case *ast.CallExpr:
			// What a call does with a literal is its own, but the loop
			// package's, whose coroutines and tasks keep it
			// (loop.Async(func() { step() })).
			sel, ok := n.Fun.(*ast.SelectorExpr)
			if !ok {
				return false
			}
			id, ok := sel.X.(*ast.Ident)
			return ok && id.Name == "loop"
		}
		return true
	})
	return lits
}

func (w *rewriter) genDecl(d *ast.GenDecl) {
	p := w.plan
	var values []ast.Expr // a const spec's, or the last ones given (implicit repetition)
	iota := 0
	for _, spec := range d.Specs {
		switch spec := spec.(type) {
		case *ast.TypeSpec:
			_, isStruct := spec.Type.(*ast.StructType)
			info := NameInfo{Kind: KindType, decl: w.canonicalType(w.text(spec)), isStruct: isStruct}
			p.Decls = append(p.Decls, declared{Name: spec.Name.Name, Node: spec, Info: info,
				Text: "type " + oneLine(w.text(spec))})
		case *ast.ValueSpec:
			kind := KindVar
			if d.Tok == token.CONST {
				kind = kindConst
			}
			if kind == kindConst && spec.Values != nil {
				values = spec.Values
			}
			if kind == KindVar && spec.Type == nil {
				w.runeLits(spec.Values)
			}
			for i, id := range spec.Names {
				if id.Name == "_" {
					continue
				}
				info := NameInfo{Kind: kind}
				if spec.Type != nil {
					info.Typ = w.text(spec.Type)
					info.isInt = intTypes[info.Typ]
				} else if i < len(spec.Values) {
					info.isInt = isIntExpr(spec.Values[i])
					info.Typ = typeHint(spec.Values[i], w.fe)
				} else if kind == kindConst {
					info.isInt = true // iota continuation, most likely
				}
				dd := declared{Name: id.Name, Node: id, Info: info, Value: p.Seg.Kind == gosrc.SegStmt}
				if kind == kindConst && spec.Type == nil && i < len(values) {
					dd.Info.cval = w.fe.constValue(values[i], iota)
					if big := tooBig(dd.Info.cval); big != "" {
						dd.Big, dd.Info.Typ = big, "untyped "+strings.ToLower(dd.Info.cval.Kind().String())
					}
				}
				p.Decls = append(p.Decls, dd)
			}
			iota++
		}
	}
}

// typeSwitch rewrites a type switch into an expression switch over type
// assertions, which yaegi v0.16.1 gets right: its type switches miss the
// session's types, some forms those with methods, the others those
// without (switch x.(type) { case P: } never took a P; switch v :=
// x.(type) { case M: } never took an M with a method). A switch with an
// init statement has it before it, in a block of their own (moveInit; a
// comma-ok map index there is then lowerMapCommaOK's as any statement):
//
//	switch n := f(); v.(type) {...}  ->  { n := f(); switch __ts1 := v; {...} }
func (w *rewriter) typeSwitch(n *ast.TypeSwitchStmt, labeled *ast.LabeledStmt) {
	if len(n.Body.List) == 0 {
		return // lower_emptyswitch.go's
	}
	if n.Init != nil {
		if w.movedInits == nil {
			w.movedInits = map[ast.Stmt]bool{}
		}
		if !w.movedInits[n.Init] {
			w.movedInits[n.Init] = true
			w.moveInit(n, labeled, n.Init, "", "")
		}
	}
	var bound string
	var ta *ast.TypeAssertExpr
	switch a := n.Assign.(type) {
	case *ast.ExprStmt:
		ta, _ = a.X.(*ast.TypeAssertExpr)
	case *ast.AssignStmt:
		if len(a.Lhs) == 1 && len(a.Rhs) == 1 {
			id, _ := a.Lhs[0].(*ast.Ident)
			ta, _ = a.Rhs[0].(*ast.TypeAssertExpr)
			if id != nil && id.Name != "_" {
				bound = id.Name
			}
		}
	}
	if ta == nil {
		return
	}
	x := w.tmpName("ts")
	w.vacate(n.Assign, x+" := "+w.moved(ta.X)+";")
	for _, st := range n.Body.List {
		c := st.(*ast.CaseClause)
		if c.List != nil {
			conds := make([]string, len(c.List))
			for i, t := range c.List {
				if id, ok := t.(*ast.Ident); ok && id.Name == "nil" && id.Obj == nil && w.fe.Names["nil"] == nil {
					conds[i] = x + " == nil"
					continue
				}
				if emptyIface(w.typeOf(t)) {
					conds[i] = x + " != nil" // see lower_emptyassert.go
					continue
				}
				// A nil value is tested first: yaegi's assertion of one
				// to a compiled interface crashes.
				if assert, ok := w.ifaceAssertTwins(x, w.typeOf(ta.X), w.typeOf(t), t.Pos(), true, true); ok {
					conds[i] = fmt.Sprintf("func() bool { _, ok := %s; return ok }()", assert)
					continue
				}
				if tn := w.typeOf(t); boxedErrorType(tn) {
					conds[i] = fmt.Sprintf("func() bool { if %s == nil { return false }; _, ok := func(__x any) (%s, bool) { %s__v, __ok := __x.(%s); return __v, __ok }(%s); return ok }()", x, w.copyNames(w.text(t)), w.unboxAssert(tn, true), w.copyNames(w.text(t)), x)
					continue
				}
				if tn := w.typeOf(t); typedNilType(tn) || typedNilStringerType(tn) {
					conds[i] = fmt.Sprintf("func() bool { if %s == nil { return false }; if %s.IsTypedNil(%s, %q) { return true }; _, ok := %s; return ok }()", x, HelperPkg, x, typedNilName(tn), w.caseAssert(x, w.typeOf(ta.X), t, true))
					continue
				}
				if isProgramInstance(w.typeOf(t)) {
					conds[i] = w.instanceTest(x, w.typeOf(t), w.instanceText(w.typeOf(t), w.text(t))) // see lower_instassert.go
					continue
				}
				lacks := ""
				if call := w.lacksMethods(x, w.typeOf(t)); call != "" {
					lacks = " && !" + call
				}
				conds[i] = fmt.Sprintf("func() bool { if %s == nil { return false }; _, ok := %s; return ok%s }()", x, w.caseAssert(x, w.typeOf(ta.X), t, true), lacks)
			}
			w.add(w.offset(c.List[0].Pos()), w.offset(c.List[len(c.List)-1].End()), strings.Join(conds, " || "), 0)
		}
		if bound != "" {
			v := x // in a case of several types, nil or default: x's type
			if len(c.List) == 1 && !isNilIdent(c.List[0]) {
				if emptyIface(w.typeOf(c.List[0])) {
					v = w.text(c.List[0]) + "(" + x + ")"
				} else if assert, ok := w.ifaceAssertTwins(x, w.typeOf(ta.X), w.typeOf(c.List[0]), c.List[0].Pos(), false, true); ok {
					v = assert
				} else if tn := w.typeOf(c.List[0]); boxedErrorType(tn) {
					v = fmt.Sprintf("func(__x any) %s { %sreturn __x.(%s) }(%s)", w.text(c.List[0]), w.unboxAssert(tn, false), w.text(c.List[0]), x)
				} else if tn := w.typeOf(c.List[0]); typedNilType(tn) || typedNilStringerType(tn) {
					v = fmt.Sprintf("func() %s { if %s.IsTypedNil(%s, %q) { var __n %s; return __n }; return %s }()", w.text(c.List[0]), HelperPkg, x, typedNilName(tn), w.text(c.List[0]), w.caseAssert(x, w.typeOf(ta.X), c.List[0], false))
				} else if isProgramInstance(tn) {
					v = w.instanceValue(x, tn, w.instanceText(tn, w.text(c.List[0]))) // see lower_instassert.go
				} else {
					v = w.caseAssert(x, w.typeOf(ta.X), c.List[0], false)
				}
			}
			colon := w.offset(c.Colon) + 1
			w.add(colon, colon, fmt.Sprintf(" %s := %s; _ = %s;", bound, v, bound), -6)
		}
	}
}

// caseAssert returns the assertion of x, a type switch's operand of type
// xt, to the type t of a case (commaOK: its comma-ok form), through the
// interpreter's wrapper of a compiled interface where a value of t may be
// in one (see wrapperAssert), or the prelude's errors.Join result in an
// interface of the program's (see joinAssert).
func (w *rewriter) caseAssert(x string, xt types.Type, t ast.Expr, commaOK bool) string {
	typ := w.instanceText(w.typeOf(t), w.text(t))
	if directionalChan(w.typeOf(t)) {
		x = fmt.Sprintf("%s.ChanDir(\"\", %s, (%s)(nil), \"\", true)", HelperPkg, x, typ) // see lower_chandir.go
	}
	wrapped := w.wrapperAssert(w.typeOf(t), commaOK) + w.joinAssert(xt, w.typeOf(t), commaOK)
	x = w.ifaceConvOperand(w.typeOf(t), x)
	switch {
	case wrapped == "":
		return x + ".(" + typ + ")"
	case commaOK:
		return fmt.Sprintf("func(__x any) (%s, bool) { %s__v, __ok := __x.(%s); return __v, __ok }(%s)", typ, wrapped, typ, x)
	}
	return fmt.Sprintf("func(__x any) %s { %sreturn __x.(%s) }(%s)", typ, wrapped, typ, x)
}

// isCommaOKValue reports whether e is the value of parent's comma-ok form
// (v, ok := e; var v, ok = e).
func isCommaOKValue(parent ast.Node, e ast.Expr) bool {
	switch p := parent.(type) {
	case *ast.AssignStmt:
		return len(p.Lhs) == 2 && len(p.Rhs) == 1 && p.Rhs[0] == e
	case *ast.ValueSpec:
		return len(p.Names) == 2 && len(p.Values) == 1 && p.Values[0] == e
	}
	return false
}

func isNilIdent(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "nil"
}

// selectAssign rewrites a select case that receives into variables
// already declared (case x = <-ch, case x, ok = <-ch), which yaegi v0.16.1
// panics on ("reflect.Select: invalid Dir"), into one that declares new
// ones and assigns them first thing in the case's body.
func (w *rewriter) selectAssign(c *ast.CommClause) {
	// yaegi also mishandles a receive in parentheses there (case v :=
	// (<-ch): took two values): they go.
	var recv *ast.Expr
	switch st := c.Comm.(type) {
	case *ast.AssignStmt:
		if len(st.Rhs) == 1 {
			recv = &st.Rhs[0]
		}
	case *ast.ExprStmt:
		recv = &st.X
	}
	if recv != nil {
		if p, ok := (*recv).(*ast.ParenExpr); ok {
			if u, ok := ast.Unparen(p).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
				w.add(w.offset(p.Pos()), w.offset(u.Pos()), "", 0)
				w.add(w.offset(u.End()), w.offset(p.End()), "", 0)
			}
		}
	}
	as, ok := c.Comm.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN {
		return
	}
	var tmps, lhs []string
	for _, l := range as.Lhs {
		tmp := w.tmpName("r")
		tmps = append(tmps, tmp)
		lhs = append(lhs, w.moved(l))
		w.vacate(l, tmp)
	}
	at := w.offset(as.TokPos)
	w.add(at, at+len("="), ":=", 0)
	colon := w.offset(c.Colon) + 1
	w.add(colon, colon, " "+strings.Join(lhs, ", ")+" = "+strings.Join(tmps, ", ")+";", -5)
}

// runeLits gives the rune literals among the initial values of variables
// declared without a type their type: yaegi v0.16.1 makes a package-level
// (or prompt-level) variable declared from 'x' an int, where Go makes it a
// rune.
func (w *rewriter) runeLits(values []ast.Expr) {
	for _, v := range values {
		if lit, ok := ast.Unparen(v).(*ast.BasicLit); ok && lit.Kind == token.CHAR {
			start, end := w.offset(v.Pos()), w.offset(v.End())
			w.add(start, start, "rune(", -5)
			w.add(end, end, ")", 5)
		}
	}
}

// constValue evaluates e, an untyped constant expression of literals,
// iota (as iota) and the session's constants, as Go does; nil if it is
// anything else (a typed constant or conversion, a call, an unknown name).
func (fe *FrontEnd) constValue(e ast.Expr, iota int) (v constant.Value) {
	defer func() {
		// go/constant panics on operands of kinds an operator does not
		// take ("a" * 2): not a constant the front end knows, then, and
		// the interpreter says what is wrong with it.
		if recover() != nil {
			v = nil
		}
	}()
	switch e := e.(type) {
	case *ast.BasicLit:
		v := constant.MakeFromLiteral(e.Value, e.Kind, 0)
		if v.Kind() == constant.Unknown {
			return nil
		}
		return v
	case *ast.Ident:
		switch {
		case e.Name == "iota" && fe.Names["iota"] == nil:
			return constant.MakeInt64(int64(iota))
		case (e.Name == "true" || e.Name == "false") && fe.Names[e.Name] == nil:
			return constant.MakeBool(e.Name == "true")
		}
		if n := fe.lookup(e, kindConst); n != nil {
			return n.cval
		}
	case *ast.ParenExpr:
		return fe.constValue(e.X, iota)
	case *ast.UnaryExpr:
		if x := fe.constValue(e.X, iota); x != nil && e.Op != token.ARROW && e.Op != token.AND {
			return constant.UnaryOp(e.Op, x, 0)
		}
	case *ast.BinaryExpr:
		x, y := fe.constValue(e.X, iota), fe.constValue(e.Y, iota)
		if x == nil || y == nil {
			return nil
		}
		numeric := func(v constant.Value) bool { return v.Kind() >= constant.Int }
		if e.Op != token.SHL && e.Op != token.SHR && (numeric(x) != numeric(y) || !numeric(x) && x.Kind() != y.Kind()) {
			return nil // go/constant would not say ("a" + 1 gives "aa")
		}
		op := e.Op
		switch op {
		case token.SHL, token.SHR:
			s, ok := constant.Uint64Val(constant.ToInt(y))
			if x = constant.ToInt(x); !ok || s > 10000 || x.Kind() != constant.Int {
				return nil
			}
			return constant.Shift(x, op, uint(s))
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			return constant.MakeBool(constant.Compare(x, op, y))
		case token.QUO:
			if x.Kind() == constant.Int && y.Kind() == constant.Int {
				op = token.QUO_ASSIGN // integer division
			}
		}
		return constant.BinaryOp(x, op, y)
	}
	return nil
}

// bigConstExpr replaces e, when it is a constant expression that uses a
// constant of the session too big for its default type (big > 5, big >>
// 90), by its value, which the front end computes: yaegi v0.16.1 gets
// such expressions wrong (big > 5 was false). It reports whether it did.
func (w *rewriter) bigConstExpr(e ast.Expr) bool {
	usesBig := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if c := w.fe.lookup(id, kindConst); c != nil && tooBig(c.cval) != "" {
				usesBig = true
			}
		}
		return !usesBig
	})
	if !usesBig {
		return false
	}
	v := w.fe.constValue(e, 0)
	if v == nil || tooBig(v) != "" {
		return false // not one the front end can compute, or too big itself
	}
	text := v.ExactString()
	if v.Kind() == constant.Float {
		f, _ := constant.Float64Val(v)
		if text = strconv.FormatFloat(f, 'g', -1, 64); !strings.ContainsAny(text, ".e") {
			text += ".0" // still a floating-point constant
		}
	}
	w.add(w.offset(e.Pos()), w.offset(e.End()), "("+text+")", 0)
	return true
}

// tooBig returns the exact value of v, an untyped constant, when it does
// not fit its default type (int, float64), so that it cannot be held in a
// variable or shown as one: "" when it fits.
func tooBig(v constant.Value) string {
	switch {
	case v == nil:
	case v.Kind() == constant.Int:
		if _, exact := constant.Int64Val(v); !exact {
			return v.ExactString()
		}
	case v.Kind() == constant.Float:
		if f, _ := constant.Float64Val(v); math.IsInf(f, 0) {
			return v.String()
		}
	}
	return ""
}

func (w *rewriter) funcSig(d *ast.FuncDecl) string {
	var b bytes.Buffer
	b.WriteString("func ")
	if d.Recv != nil {
		b.WriteString("(" + w.text(d.Recv)[1:len(w.text(d.Recv))-1] + ") ")
	}
	b.WriteString(d.Name.Name)
	if d.Type.TypeParams != nil {
		b.WriteString(w.fieldListText(d.Type.TypeParams, "[", "]"))
	}
	b.WriteString(w.fieldListText(d.Type.Params, "(", ")"))
	if r := d.Type.Results; r != nil {
		if r.Opening.IsValid() {
			b.WriteString(" " + w.fieldListText(r, "(", ")"))
		} else {
			b.WriteString(" " + w.text(r))
		}
	}
	return oneLine(b.String())
}

// fieldListText returns the text of a list of parameters or results, one
// field after another as gofmt writes them on one line (a list written
// over several lines ends in a comma there).
func (w *rewriter) fieldListText(fl *ast.FieldList, open, close string) string {
	var fields []string
	for _, f := range fl.List {
		var names []string
		for _, n := range f.Names {
			names = append(names, n.Name)
		}
		text := joinLines(w.text(f.Type))
		if len(names) > 0 {
			text = strings.Join(names, ", ") + " " + text
		}
		fields = append(fields, text)
	}
	return open + strings.Join(fields, ", ") + close
}

// oneLine collapses a declaration to one line, eliding a long body: the
// line breaks that end a field or a method (where Go puts a semicolon)
// become "; ", other spaces one space, and comments go.
func oneLine(s string) string {
	s = joinLines(s)
	if len(s) > 72 {
		if i := strings.IndexAny(s, "{"); i > 0 {
			return s[:i] + "{ ... }"
		}
		return s[:69] + "..."
	}
	return s
}

// joinLines writes the Go text s on one line, keeping the separators its
// line breaks made (type P struct {\n X int\n Y int\n} is type P struct {
// X int; Y int }).
func joinLines(s string) string {
	fset := token.NewFileSet()
	file := fset.AddFile("", -1, len(s))
	var sc scanner.Scanner
	sc.Init(file, []byte(s), nil, 0)
	var b strings.Builder
	end := -1 // the offset after the last token written
	semi := false
	for {
		pos, tok, lit := sc.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.SEMICOLON && lit == "\n" {
			semi = true
			continue
		}
		off := file.Offset(pos)
		if semi && tok != token.RBRACE && tok != token.RPAREN {
			b.WriteString(";")
		}
		semi = false
		if end >= 0 && off > end {
			b.WriteString(" ")
		}
		text := lit
		if text == "" {
			text = tok.String()
		}
		b.WriteString(text)
		end = off + len(text)
	}
	return b.String()
}

var intTypes = map[string]bool{
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true,
	"uintptr": true, "byte": true, "rune": true,
}

// isIntExpr reports whether e is certainly an integer, from its syntax and
// what the parser resolved.
func isIntExpr(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return e.Kind == token.INT
	case *ast.ParenExpr:
		return isIntExpr(e.X)
	case *ast.UnaryExpr:
		return (e.Op == token.SUB || e.Op == token.ADD || e.Op == token.XOR) && isIntExpr(e.X)
	case *ast.BinaryExpr:
		switch e.Op {
		case token.SHL, token.SHR:
			return isIntExpr(e.X)
		case token.ADD, token.SUB, token.MUL, token.QUO, token.REM, token.AND, token.OR, token.XOR, token.AND_NOT:
			return isIntExpr(e.X) || isIntExpr(e.Y)
		}
	case *ast.CallExpr:
		if id, ok := e.Fun.(*ast.Ident); ok {
			return (id.Name == "len" || id.Name == "cap") && id.Obj == nil || intTypes[id.Name] && id.Obj == nil
		}
	case *ast.Ident:
		if e.Obj == nil {
			return false
		}
		switch d := e.Obj.Decl.(type) {
		case *ast.Field:
			if t, ok := d.Type.(*ast.Ident); ok {
				return intTypes[t.Name]
			}
		case *ast.ValueSpec:
			if t, ok := d.Type.(*ast.Ident); ok {
				return intTypes[t.Name]
			}
			for i, n := range d.Names {
				if n.Name == e.Name && i < len(d.Values) {
					return isIntExpr(d.Values[i])
				}
			}
		case *ast.AssignStmt:
			if len(d.Lhs) == len(d.Rhs) {
				for i, l := range d.Lhs {
					if id, ok := l.(*ast.Ident); ok && id.Name == e.Name {
						return isIntExpr(d.Rhs[i])
					}
				}
			}
		}
	}
	return false
}

// typeHint names the type of e when its syntax says it: a composite literal
// or a conversion to a type the session declared.
func typeHint(e ast.Expr, fe *FrontEnd) string {
	switch e := e.(type) {
	case *ast.CompositeLit:
		if id, ok := e.Type.(*ast.Ident); ok && !Universe[id.Name] {
			return id.Name
		}
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			if h := typeHint(e.X, fe); h != "" {
				return "*" + h
			}
		}
	case *ast.CallExpr:
		if id, ok := e.Fun.(*ast.Ident); ok && len(e.Args) == 1 {
			if id.Obj != nil && id.Obj.Kind == ast.Typ {
				return id.Name
			}
			if fe.lookup(id, KindType) != nil {
				return id.Name
			}
			if id.Obj == nil && fe.Names[id.Name] == nil && (id.Name == "error" || id.Name == "any") {
				return id.Name // error(nil): nil shows no type of its own
			}
		}
	case *ast.Ident:
		if n := fe.lookup(e, KindVar); n != nil {
			return n.Typ
		}
	}
	return ""
}

// commaOK rewrites a comma-ok form into a call of a function literal that
// does it: a receive or map index of the session's channels and maps
// (yaegi v0.16.1 fails to compile v, ok := <-ch at the top of an input),
// when the value's type is known, and every type assertion (see below).
// With pkgVar, the form initializes variables of the package (var v, ok =
// m[k]), which yaegi v0.16.1 refuses with "nil type" whatever the map or
// channel: it is rewritten whenever the type check knows the value's type.
func (w *rewriter) commaOK(e ast.Expr, pkgVar bool) {
	var typ string
	switch x := e.(type) {
	case *ast.TypeAssertExpr:
		if x.Type == nil || w.emptyAssert(x, true) {
			return
		}
		// v, ok := x.(T) of a nil x crashes yaegi v0.16.1 when T is an
		// interface with methods (the recover().(error) idiom when nothing
		// panicked): a nil x is tested first. x is evaluated where it
		// was, as an argument (recover must be called by the deferred
		// function itself).
		if w.lowerIfaceAssert(x, true) {
			return
		}
		typ = w.copyNames(w.text(x.Type)) // (an instance written out: lower_typecopy.go)
		// __x has x's own type where it can be written: passed as any, an
		// error of the program's arrives as the interpreter's wrapper,
		// which x.(*E) does not match.
		param := "any"
		if t := w.typeOf(x.X); t != nil && !w.assertViaAny(x) && !embedsPointer(w.typeOf(x.Type)) {
			if s, ok := w.typeSource(t, x.Pos()); ok {
				param = s
			}
		}
		if isProgramInstance(w.typeOf(x.Type)) {
			w.vacate(e, w.instanceCommaOK(param, w.typeOf(x.Type), w.instanceText(w.typeOf(x.Type), typ), w.moved(x.X))) // see lower_instassert.go
			return
		}
		typ = w.instanceText(w.typeOf(x.Type), typ)
		unwrap := ""
		if isTypeParam(w.typeOf(x.Type)) {
			// A value of the type argument in the interpreter's wrapper
			// of a compiled interface (see wrapperAssert): where the
			// function is not written out for its type arguments.
			unwrap = fmt.Sprintf("if !__ok && %s.IsWrapper(__x) { var __u any = %s.Unwrap(__x); __v, __ok = __u.(%s) }; ", HelperPkg, HelperPkg, typ)
		}
		lacks := ""
		if call := w.lacksMethods("__x", w.typeOf(x.Type)); call != "" {
			lacks = fmt.Sprintf("if %s { var __z %s; return __z, false }; ", call, typ)
		}
		lacks += w.joinAssert(w.typeOf(x.X), w.typeOf(x.Type), true)
		w.vacate(e, fmt.Sprintf("func(__x %s) (%s, bool) { %sif __x == nil { var __z %s; return __z, false }; %s__v, __ok := %s.(%s); %sreturn __v, __ok }(%s)", param, typ, w.typedNilAssert(w.typeOf(x.Type))+w.unboxAssert(w.typeOf(x.Type), true)+w.wrapperAssert(w.typeOf(x.Type), true), typ, lacks, w.ifaceConvOperand(w.typeOf(x.Type), "__x"), typ, unwrap, w.moved(x.X)))
		return
	case *ast.UnaryExpr:
		if x.Op != token.ARROW {
			return
		}
		typ = w.operandElem(x.X)
		if typ == "" && pkgVar {
			typ = w.elemSource(x.X, x.Pos())
		}
	case *ast.IndexExpr:
		typ = w.operandElem(x.X)
		if typ == "" && pkgVar {
			typ = w.elemSource(x.X, x.Pos())
		}
	default:
		return
	}
	if typ == "" {
		return
	}
	w.vacate(e, fmt.Sprintf("func() (%s, bool) { __v, __ok := %s; return __v, __ok }()", typ, w.moved(e)))
}

// elemSource returns the element type of the map or channel x as the type
// check found it, written as code at pos, or "" if it cannot be written.
func (w *rewriter) elemSource(x ast.Expr, pos token.Pos) string {
	t := w.typeOf(x)
	if t == nil {
		return ""
	}
	var elem types.Type
	switch u := t.Underlying().(type) {
	case *types.Map:
		elem = u.Elem()
	case *types.Chan:
		elem = u.Elem()
	default:
		return ""
	}
	s, ok := w.typeSource(elem, pos)
	if !ok {
		return ""
	}
	return s
}

// operandElem returns the element type of the map or channel x, asking the
// session; x must be a name (evaluating it twice must not matter).
func (w *rewriter) operandElem(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Ident:
		if x.Obj != nil {
			return "" // declared in this very input: not known yet
		}
	case *ast.SelectorExpr:
		if _, ok := x.X.(*ast.Ident); !ok {
			return ""
		}
	default:
		return ""
	}
	if w.fe.ElemType == nil {
		return ""
	}
	t, _ := w.fe.ElemType(w.text(x))
	if t == "" {
		return "" // no variable of the session's
	}
	if s := w.elemSource(x, x.Pos()); s != "" {
		return s // the checked type (a map[string]Coin's is Coin, not its int)
	}
	return t
}

// walk collects the rewrites for what the interpreter lacks or gets wrong.
func (w *rewriter) walk() {
	var funcs []string // enclosing function names
	var visit func(n ast.Node) bool
	stack := []ast.Node{}
	visit = func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		var parent ast.Node
		if len(stack) > 0 {
			parent = stack[len(stack)-1]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.FuncDecl:
			funcs = append(funcs, funcKey(n))
			ast.Inspect(n.Type, visit)
			if n.Recv != nil {
				ast.Inspect(n.Recv, visit)
			}
			if n.Body != nil {
				ast.Inspect(n.Body, visit)
			}
			funcs = funcs[:len(funcs)-1]
			stack = stack[:len(stack)-1]
			return false
		case *ast.FuncLit:
			w.ownFrame(n, parent)
			name := ""
			switch p := parent.(type) {
			case *ast.AssignStmt:
				for i, r := range p.Rhs {
					if r == n && i < len(p.Lhs) {
						if id, ok := p.Lhs[i].(*ast.Ident); ok {
							name = id.Name
						}
					}
				}
			case *ast.ValueSpec:
				for i, r := range p.Values {
					if r == n && i < len(p.Names) {
						name = p.Names[i].Name
					}
				}
			}
			if name == "" {
				name = w.litName(n, funcs)
			}
			funcs = append(funcs, name)
			ast.Inspect(n.Type, visit)
			ast.Inspect(n.Body, visit)
			funcs = funcs[:len(funcs)-1]
			stack = stack[:len(stack)-1]
			return false
		case *ast.RangeStmt:
			lab, _ := parent.(*ast.LabeledStmt)
			w.rangeStmt(n, lab)
			w.loopVars(n, lab)
		case *ast.ForStmt:
			lab, _ := parent.(*ast.LabeledStmt)
			w.loopVars(n, lab)
		case *ast.ReturnStmt:
			w.parenRecv(n.Results)
		case *ast.AssignStmt:
			if _, isComm := parent.(*ast.CommClause); isComm {
				break // a select case's receive stays as it is
			}
			if len(n.Lhs) == 2 && len(n.Rhs) == 1 && !w.blankFound(n.Lhs, n.Rhs[0]) {
				w.commaOK(n.Rhs[0], false)
			}
			if n.Tok != token.DEFINE && len(n.Lhs) == len(n.Rhs) || len(n.Rhs) > 1 {
				w.parenRecv(n.Rhs)
			}
		case *ast.ValueSpec:
			if len(n.Values) > 1 {
				w.parenRecv(n.Values)
			}
			if len(n.Names) == 2 && len(n.Values) == 1 && (len(funcs) == 0 || !w.blankFound([]ast.Expr{n.Names[0], n.Names[1]}, n.Values[0])) {
				// (An input's statements too: var v, ok = set[k] of a
				// map[string]struct{} failed there with "nil type".)
				w.commaOK(n.Values[0], len(funcs) == 0 || w.plan.Seg.Kind == gosrc.SegStmt)
			}
		case *ast.CommClause:
			if w.plan.Checked == nil {
				w.selectAssign(n) // else the selects' lowering (lower_selectcases.go)
			}
		case *ast.TypeSwitchStmt:
			labeled, _ := parent.(*ast.LabeledStmt)
			w.typeSwitch(n, labeled)
		case *ast.TypeAssertExpr:
			// v := x.(I), of an interface the pass asserts itself (see
			// lower_iface.go); the comma-ok forms are commaOK's.
			if n.Type != nil && !isCommaOKValue(parent, n) && !w.emptyAssert(n, false) {
				w.lowerIfaceAssert(n, false)
				w.lowerConcreteAssert(n) // lower_assertmsg.go
			}
		case *ast.BinaryExpr, *ast.UnaryExpr, *ast.ParenExpr:
			if b, ok := n.(*ast.BinaryExpr); ok {
				w.lowerErrorCompare(b)
				w.lowerShift(b)
				w.lowerIfaceCompare(b)
			}
			if w.bigConstExpr(n.(ast.Expr)) {
				stack = stack[:len(stack)-1]
				return false
			}
		case *ast.GoStmt:
			w.goStmt(n)
		case *ast.DeferStmt:
			w.deferStmt(n)
		case *ast.CallExpr:
			w.lowerIfaceConversion(n)
			w.parenFuncLits(n, parent)
			stmt, _ := parent.(*ast.ExprStmt)
			w.call(n, funcs, stmt != nil && ast.Stmt(stmt) != w.resultStmt)
			w.positions(n, parent)
		case *ast.SelectorExpr:
			if w.lowerMethodExpr(n) {
				stack = stack[:len(stack)-1]
				return false
			}
			if call, ok := parent.(*ast.CallExpr); !ok || call.Fun != n {
				w.lowerMethodValue(n, definedBy(parent, n))
			}
		case *ast.Ident:
			if n.Name == "main" && n.Obj == nil && w.fe.hasMain && n != w.file.Name {
				w.add(w.offset(n.Pos()), w.offset(n.End()), MainName, 0)
			}
		}
		return true
	}
	ast.Inspect(w.file, visit)
}

// parenRecv puts the receive operations among es in parentheses: yaegi
// v0.16.1 panics on `return <-ch`, and gives zero values in `r = <-ch` when
// r is a named result and in `a, b := 1, <-ch`, but not with them.
func (w *rewriter) parenRecv(es []ast.Expr) {
	for _, e := range es {
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			w.add(w.offset(u.Pos()), w.offset(u.Pos()), "(", -40)
			w.add(w.offset(u.End()), w.offset(u.End()), ")", 45)
		}
	}
}

// loopVars gives each iteration of a loop its own copy of the variables
// the loop declares, as Go has done since 1.22 and yaegi v0.16.1 does not,
// when that can show: when the body holds a function literal (a closure
// or goroutine may keep the variable) or takes a variable's address. The
// body works on a copy under a new name (yaegi mishandles v := v). A
// three-clause loop copies the variables back at the end of the iteration
// and before each continue, for the post statement to see the body's
// changes, as Go does.
func (w *rewriter) loopVars(loop ast.Stmt, label *ast.LabeledStmt) {
	var vars []*ast.Ident
	var body *ast.BlockStmt
	threeClause := false
	switch n := loop.(type) {
	case *ast.RangeStmt:
		if n.Tok != token.DEFINE {
			return
		}
		for _, e := range []ast.Expr{n.Key, n.Value} {
			if id, ok := e.(*ast.Ident); ok && id.Name != "_" && id.Obj != nil {
				vars = append(vars, id)
			}
		}
		body = n.Body
	case *ast.ForStmt:
		init, ok := n.Init.(*ast.AssignStmt)
		if !ok || init.Tok != token.DEFINE {
			return
		}
		for _, e := range init.Lhs {
			if id, ok := e.(*ast.Ident); ok && id.Name != "_" && id.Obj != nil {
				vars = append(vars, id)
			}
		}
		body, threeClause = n.Body, true
		// The condition and the post statement work on the variables of
		// the iteration they run for, which the body here does not
		// share: a function literal there, or an address taken there,
		// would keep the one variable every iteration shares.
		for i, clause := range []ast.Node{n.Cond, n.Post} {
			if at, name := keptVar(clause, vars); at != nil {
				w.refuse(at, fmt.Sprintf("a function literal or an address in a for loop's %s that keeps the loop's variable %s: "+
					"the interpreter would give every iteration one variable, where Go gives each its own; move it into the loop's body",
					[]string{"condition", "post statement"}[i], name))
			}
		}
	}
	if len(vars) == 0 || !capturesVars(w.info(), body, vars) {
		return
	}
	names := make([]string, len(vars))
	copies := make([]string, len(vars))
	renamed := map[token.Pos]string{} // by where the variable is declared
	if w.loopCopies == nil {
		w.loopCopies = map[token.Pos]string{}
	}
	for i, v := range vars {
		names[i] = v.Name
		copies[i] = w.tmpName(v.Name + "_")
		renamed[v.Pos()] = copies[i]
		w.loopCopies[v.Pos()] = copies[i]
	}
	at := w.offset(body.Lbrace) + 1
	open := fmt.Sprintf(" %s := %s;", strings.Join(copies, ", "), strings.Join(names, ", "))
	var back string
	if threeClause {
		// The write back goes through pointers taken before the body runs:
		// the body may declare variables of the same names.
		ptrs := make([]string, len(vars))
		for i, name := range names {
			ptrs[i] = w.tmpName("p")
			open = fmt.Sprintf(" %s := &%s;", ptrs[i], name) + open
		}
		back = fmt.Sprintf("*%s = %s", strings.Join(ptrs, ", *"), strings.Join(copies, ", "))
	}
	w.add(at, at, open, -50)
	keys := map[*ast.Ident]bool{} // composite literal keys that may be field names
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if !w.mayBeStruct(n.Type) {
				break
			}
			for _, e := range n.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok {
						keys[id] = true
					}
				}
			}
		case *ast.Ident:
			if n.Obj == nil || keys[n] {
				break
			}
			if c, ok := renamed[n.Obj.Pos()]; ok {
				w.add(w.offset(n.Pos()), w.offset(n.End()), c, 0)
			}
		}
		return true
	})
	if threeClause {
		end := w.offset(body.Rbrace)
		w.add(end, end, "; "+back+" ", 60)
		for _, c := range loopContinues(body, label) {
			w.add(w.offset(c.Pos()), w.offset(c.Pos()), "{ "+back+"; ", -40)
			w.add(w.offset(c.End()), w.offset(c.End()), " }", 45)
		}
	}
}

// canonical returns a declaration as gofmt prints it (in a file of its
// own), so that two texts differing in spaces only compare equal; "" in a
// script, whose session never sees a declaration again (see redeclared).
func (w *rewriter) canonical(decl string) string {
	if w.mode == ModeScript {
		return ""
	}
	out, err := format.Source([]byte("package p\n" + decl))
	if err != nil {
		return decl
	}
	return string(out)
}

// canonicalType is canonical for a type spec's text: the same type
// however it is laid out (one field per line or one line, X, Y int or
// X int; Y int), with its tags.
func (w *rewriter) canonicalType(spec string) string {
	if w.mode == ModeScript {
		return ""
	}
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\ntype "+spec, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return w.canonical("type " + spec)
	}
	d, ok := f.Decls[0].(*ast.GenDecl)
	if !ok || len(d.Specs) != 1 {
		return w.canonical("type " + spec)
	}
	ts := d.Specs[0].(*ast.TypeSpec)
	var tags []string
	ast.Inspect(ts, func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok {
			return true
		}
		var fields []*ast.Field
		for _, fl := range st.Fields.List {
			tag := ""
			if fl.Tag != nil {
				tag = fl.Tag.Value
			}
			if len(fl.Names) <= 1 {
				fields = append(fields, fl)
				tags = append(tags, tag)
				continue
			}
			for _, name := range fl.Names {
				fields = append(fields, &ast.Field{Names: []*ast.Ident{name}, Type: fl.Type, Tag: fl.Tag})
				tags = append(tags, tag)
			}
		}
		st.Fields.List = fields
		return true
	})
	var b strings.Builder
	b.WriteString("type " + ts.Name.Name)
	if ts.TypeParams != nil {
		// One parameter at a time ([K, V any] is [K any, V any]).
		var params []string
		for _, p := range ts.TypeParams.List {
			for _, n := range p.Names {
				params = append(params, n.Name+" "+types.ExprString(p.Type))
			}
		}
		b.WriteString("[" + strings.Join(params, ", ") + "]")
	}
	if ts.Assign.IsValid() {
		b.WriteString(" =")
	}
	b.WriteString(" " + types.ExprString(ts.Type))
	if len(tags) > 0 {
		b.WriteString(" " + strings.Join(tags, " "))
	}
	return b.String()
}

// mayBeStruct reports whether a composite literal of type t may be a
// struct's, whose keys are field names rather than expressions.
func (w *rewriter) mayBeStruct(t ast.Expr) bool {
	switch t := t.(type) {
	case *ast.MapType, *ast.ArrayType:
		return false
	case *ast.Ident:
		if t.Obj != nil {
			if ts, ok := t.Obj.Decl.(*ast.TypeSpec); ok {
				_, isStruct := ts.Type.(*ast.StructType)
				return isStruct
			}
			return true
		}
		if n := w.fe.lookup(t, KindType); n != nil && n.decl != "" {
			return n.isStruct
		}
	}
	return true
}

// keptVar returns the first function literal in n that uses one of vars,
// or the first &v of one, and the variable's name (nil if none).
func keptVar(n ast.Node, vars []*ast.Ident) (ast.Node, string) {
	if n == nil {
		return nil, ""
	}
	decl := map[token.Pos]bool{} // by where the variable is declared
	for _, v := range vars {
		decl[v.Pos()] = true
	}
	uses := func(n ast.Node) string {
		name := ""
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && name == "" && id.Obj != nil && decl[id.Obj.Pos()] {
				name = id.Name
			}
			return name == ""
		})
		return name
	}
	var at ast.Node
	name := ""
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		if at != nil {
			return false
		}
		switch e := n.(type) {
		case *ast.CallExpr:
			if fl, ok := ast.Unparen(e.Fun).(*ast.FuncLit); ok {
				// Called where it is made: it keeps nothing itself.
				ast.Inspect(fl.Body, visit)
				for _, a := range e.Args {
					ast.Inspect(a, visit)
				}
				return false
			}
		case *ast.FuncLit:
			if name = uses(e.Body); name != "" {
				at = e
			}
			return false
		case *ast.UnaryExpr:
			if id, ok := ast.Unparen(e.X).(*ast.Ident); ok && e.Op == token.AND && id.Obj != nil && decl[id.Obj.Pos()] {
				at, name = e, id.Name
			}
		}
		return true
	}
	ast.Inspect(n, visit)
	return at, name
}

// capturesVars reports whether body holds a function literal or keeps one
// of vars past the iteration: takes the address of it or of a part of it
// (&v, &v.f, &v[i]), slices it where it is an array (v[:], v.f[:]), takes
// a method value of it (v.M), or calls a method of it with a pointer
// receiver, which may keep the receiver (v.M() with func (p *T) M()). The
// last three need the types (info, nil without them).
func capturesVars(info *types.Info, body *ast.BlockStmt, vars []*ast.Ident) bool {
	isVar := func(id *ast.Ident) bool {
		return id.Obj != nil && slices.ContainsFunc(vars, func(v *ast.Ident) bool { return v.Obj == id.Obj })
	}
	// isArray reports whether e is of an array type (true without the
	// types).
	isArray := func(e ast.Expr) bool {
		if info == nil {
			return true
		}
		t := info.TypeOf(e)
		if t == nil {
			return false
		}
		_, ok := t.Underlying().(*types.Array)
		return ok
	}
	// rooted reports whether x is one of vars, or a field or array
	// element of one, not through a pointer.
	var rooted func(x ast.Expr) bool
	rooted = func(x ast.Expr) bool {
		switch x := ast.Unparen(x).(type) {
		case *ast.Ident:
			return isVar(x)
		case *ast.SelectorExpr:
			if info != nil {
				if s := info.Selections[x]; s == nil || s.Kind() != types.FieldVal || s.Indirect() {
					return false
				}
			}
			return rooted(x.X)
		case *ast.IndexExpr:
			return isArray(x.X) && rooted(x.X)
		}
		return false
	}
	// ptrMethod reports whether sel is a method of a pointer receiver
	// called or taken on an addressable value rooted at one of vars.
	ptrMethod := func(sel *ast.SelectorExpr) bool {
		if info == nil {
			return false
		}
		s := info.Selections[sel]
		if s == nil || s.Kind() != types.MethodVal || !rooted(sel.X) {
			return false
		}
		if _, ptr := info.TypeOf(sel.X).Underlying().(*types.Pointer); ptr {
			return false
		}
		sig, ok := s.Obj().Type().(*types.Signature)
		if !ok || sig.Recv() == nil {
			return false
		}
		_, ptrRecv := types.Unalias(sig.Recv().Type()).(*types.Pointer)
		return ptrRecv
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			found = true
		case *ast.DeferStmt, *ast.GoStmt:
			// A method called on a loop variable (defer t.M()) may take
			// its address.
			var call *ast.CallExpr
			if d, ok := n.(*ast.DeferStmt); ok {
				call = d.Call
			} else {
				call = n.(*ast.GoStmt).Call
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok && rooted(sel.X) {
				found = true
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && rooted(n.X) {
				found = true // and stays so: Inspect goes on to the siblings
			}
		case *ast.SliceExpr:
			if info != nil && isArray(n.X) && rooted(n.X) {
				found = true
			}
		case *ast.SelectorExpr:
			if ptrMethod(n) {
				found = true // a method value, or called
			}
		}
		return !found
	})
	return found
}

// loopContinues returns the continue statements in body that continue the
// loop whose body it is (labelled label, if not nil).
func loopContinues(body *ast.BlockStmt, label *ast.LabeledStmt) []*ast.BranchStmt {
	var out []*ast.BranchStmt
	depth := 0 // loops nested in body around the node
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			depth++
			var b *ast.BlockStmt
			if f, ok := n.(*ast.ForStmt); ok {
				b = f.Body
			} else {
				b = n.(*ast.RangeStmt).Body
			}
			ast.Inspect(b, visit)
			depth--
			return false
		case *ast.BranchStmt:
			if n.Tok != token.CONTINUE {
				break
			}
			if n.Label == nil && depth == 0 || n.Label != nil && label != nil && n.Label.Name == label.Label.Name {
				out = append(out, n)
			}
		}
		return true
	}
	ast.Inspect(body, visit)
	return out
}

// funcKey names a declared function as Go's runtime does: f, or T.M for a
// method.
func funcKey(d *ast.FuncDecl) string {
	if d.Recv != nil && len(d.Recv.List) == 1 {
		return recvName(d.Recv.List[0].Type) + "." + d.Name.Name
	}
	return d.Name.Name
}

func recvName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return recvName(e.X)
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr:
		return recvName(e.X)
	case *ast.IndexListExpr:
		return recvName(e.X)
	}
	return "?"
}

func (w *rewriter) tmpName(kind string) string {
	w.fe.tmp++
	return fmt.Sprintf("__%s%d", kind, w.fe.tmp)
}

// rangeStmt rewrites `for i := range n` over an integer, which yaegi v0.16.1
// does not compile, into a three-clause loop. Ranges it cannot prove to be
// over an integer are kept for a second try (see plan.rangeRetry).
func (w *rewriter) rangeStmt(n *ast.RangeStmt, label *ast.LabeledStmt) {
	if n.Value != nil {
		return
	}
	switch x := n.X.(type) {
	case *ast.CompositeLit, *ast.SliceExpr:
		return
	case *ast.BasicLit:
		if x.Kind == token.STRING {
			return
		}
	case *ast.CallExpr:
		if id, ok := x.Fun.(*ast.Ident); ok && id.Obj == nil && (id.Name == "make" || id.Name == "append") {
			return
		}
	}
	certain := isIntExpr(n.X) || isIntIdent(n.X, w.fe)
	if t := w.plan.Checked.typeOf(n.X); t != nil {
		// The type check knows: an integer, or something else.
		if !isInteger(t) {
			return
		}
		certain = true
	}
	if label != nil && certain && w.labeledRangeInt(n) {
		return // see lower_rangelabel.go
	}
	start, header := w.offset(n.For), w.offset(n.Body.Lbrace)
	// The bound is evaluated once, before the loop, as range does; a
	// label stays on the loop, inside the block holding the bound. The
	// loop counts with a variable of its own, which the body cannot
	// change: the key is set from it at the start of each iteration, in a
	// block around the body (which may declare the key's name again).
	tmp, ctr := w.tmpName("n"), w.tmpName("k")
	open := start
	if label != nil {
		open = w.offset(label.Pos())
	}
	bound := w.moved(n.X)
	if n.Tok == token.ASSIGN && n.Key != nil && w.text(n.Key) != "_" && isConstant(n.X, w.fe) {
		// for i = range 3 with i an int64: the constant takes i's type.
		bound = fmt.Sprintf("%s - %s + (%s)", w.text(n.Key), w.text(n.Key), bound)
	}
	es := []taggedEdit{
		{Edit: gosrc.Edit{Off: open, End: open, Text: fmt.Sprintf("{ %s := %s; ", tmp, bound), Prio: -60}},
		{Edit: gosrc.Edit{Off: start, End: header, Text: fmt.Sprintf("for %s := %s - %s; %s < %s; %s++ ", ctr, tmp, tmp, ctr, tmp, ctr)}},
		{Edit: gosrc.Edit{Off: w.offset(n.End()), End: w.offset(n.End()), Text: " }", Prio: 30}},
	}
	if n.Key != nil && w.text(n.Key) != "_" {
		lbrace, rbrace := w.offset(n.Body.Lbrace)+1, w.offset(n.Body.Rbrace)
		es = append(es,
			taggedEdit{Edit: gosrc.Edit{Off: lbrace, End: lbrace, Text: fmt.Sprintf(" %s %s %s; {", w.text(n.Key), n.Tok, ctr), Prio: -70}},
			taggedEdit{Edit: gosrc.Edit{Off: rbrace, End: rbrace, Text: "}", Prio: 70}})
	}
	if certain {
		w.edits = append(w.edits, es...)
		return
	}
	w.rangeEdits = append(w.rangeEdits, es...)
	if w.plan.FirstRange < 0 {
		w.plan.FirstRange = start
	}
}

func isIntIdent(e ast.Expr, fe *FrontEnd) bool {
	id, ok := e.(*ast.Ident)
	if !ok || id.Obj != nil {
		return false
	}
	n := fe.Names[id.Name]
	return n != nil && n.isInt
}

// goStmt makes a panic in a goroutine started by interpreted code a reported
// error instead of the end of the process. The call's arguments are evaluated
// before the goroutine starts, as Go does.
func (w *rewriter) goStmt(n *ast.GoStmt) {
	w.goCalls[n.Call] = true
	start, end := w.offset(n.Pos()), w.offset(n.End())
	closing := " } }())()"
	// A nil function value called without arguments ends the program at
	// the statement, as Go's runtime does (the goroutine the interpreter
	// started panicked, if the program lived long enough to say so); with
	// arguments, Go's goroutine calls it, and panics, as the
	// interpreter's does.
	var nilCheck func(f string) string
	if len(n.Call.Args) == 0 {
		nilCheck = func(f string) string {
			return fmt.Sprintf("if %s == nil { %s.GoNil(%q) }; ", f, HelperPkg, w.src.Position(start))
		}
	}
	if w.hoistArgs(start, n.Call, nilCheck) {
		closing += " }"
	}
	// The closure is made in a frame of its own (see parenFuncLits).
	at := start + len("go")
	w.add(at, at, fmt.Sprintf(" %s.Guard(%q, func() func() { return func() { ", HelperPkg, w.src.Position(start)), -10)
	w.add(end, end, closing, 20)
}

// deferStmt evaluates a deferred call's arguments at the defer statement, as
// Go does: yaegi v0.16.1 reads variables passed to it when the call runs.
func (w *rewriter) deferStmt(n *ast.DeferStmt) {
	w.deferred[n.Call] = true
	w.lowerDeferInLoop(n)
	if w.lowerDeferCallInLoop(n) {
		return
	}
	if w.hoistArgs(w.offset(n.Pos()), n.Call, nil) {
		end := w.offset(n.End())
		w.add(end, end, " }", 20)
	}
}

// fieldTypes returns the types of a result list, one per result.
func (w *rewriter) fieldTypes(fl *ast.FieldList) []string {
	types := []string{}
	if fl == nil {
		return types
	}
	for _, f := range fl.List {
		for range max(1, len(f.Names)) {
			types = append(types, w.text(f.Type))
		}
	}
	return types
}

// declaredLit returns the function literal that declared the variable id
// names (f := func() {...}, var f = func() {...}), if that is how it was.
func (w *rewriter) declaredLit(id *ast.Ident) *ast.FuncLit {
	var lit *ast.FuncLit
	switch d := id.Obj.Decl.(type) {
	case *ast.AssignStmt:
		if i := slices.IndexFunc(d.Lhs, func(e ast.Expr) bool { x, _ := e.(*ast.Ident); return x != nil && x.Obj == id.Obj }); i >= 0 && len(d.Lhs) == len(d.Rhs) {
			lit, _ = d.Rhs[i].(*ast.FuncLit)
		}
	case *ast.ValueSpec:
		if i := slices.IndexFunc(d.Names, func(x *ast.Ident) bool { return x.Obj == id.Obj }); i >= 0 && i < len(d.Values) {
			lit, _ = d.Values[i].(*ast.FuncLit)
		}
	}
	return lit
}

// hoistArgs evaluates the call's arguments into variables of their own, in
// a block opened at start (the caller closes it), and passes those; it
// reports whether there was anything to hoist. Each run of the statement
// makes new variables, so what a goroutine or a deferred call gets is
// what the arguments were then. A function value taken so is checked by
// the statement check returns, if check is not nil.
func (w *rewriter) hoistArgs(start int, call *ast.CallExpr, check func(f string) string) bool {
	var hoist []string
	var vals []string
	// A function value (held in a variable, a field, an element, or a
	// call's result) is taken at the statement too, first.
	pre := "" // the statements that take them
	if w.calleeValue(call.Fun) {
		tmp := w.tmpName("f")
		pre = tmp + " := " + w.moved(call.Fun) + "; "
		if check != nil {
			pre += check(tmp)
		}
		w.vacate(call.Fun, tmp)
	}
	// So is a method's receiver (yaegi reads it when the call runs), but
	// that of a json Encoder's Encode or Decoder's Decode, which the json
	// lowering passes to its helper as the first argument (lower_json.go).
	if recv, ok := w.receiverAtStatement(call); ok && !w.jsonCodecCall(call) {
		tmp := w.tmpName("r")
		pre = tmp + " := " + recv + "; "
		x := call.Fun.(*ast.SelectorExpr).X
		if info := w.info(); info != nil && types.IsInterface(info.TypeOf(x)) && !isTypeParam(info.TypeOf(x)) {
			// Go takes the method of a nil interface at the statement,
			// and panics there (the interpreter panicked in reflection's
			// words when the call ran). Not of a type parameter's value:
			// the interpreter failed to compile a comparison of one with
			// nil whose type argument is a struct ("CFG post-order
			// panic: reflect: nil type passed to Type.AssignableTo";
			// defer c.Stop() in generic code).
			pre += fmt.Sprintf("if %s == nil { panic(%s.NilDeref(%q)) }; ", tmp, HelperPkg, w.src.Position(start))
		}
		w.vacate(x, tmp)
	}
	if args := call.Args; len(args) == 1 && !call.Ellipsis.IsValid() {
		// f(g()) with g of several results passes them all.
		if n := w.resultCount(args[0]); n > 1 {
			var tmps []string
			for range n {
				tmps = append(tmps, w.tmpName("a"))
			}
			hoist = append(hoist, tmps...)
			vals = append(vals, w.moved(args[0]))
			w.vacate(args[0], strings.Join(tmps, ", "))
		}
	}
	for _, a := range call.Args {
		if len(vals) > 0 && len(call.Args) == 1 || w.constantArg(a) {
			continue
		}
		tmp := w.tmpName("a")
		hoist = append(hoist, tmp)
		// In parentheses: a receive (see parenRecv); a composite literal,
		// which the interpreter builds in place among several values and
		// then assigns none of the others (lowerTupleLits): go f(T{}, &x)
		// passed a nil pointer.
		v := w.moved(a)
		switch x := ast.Unparen(a).(type) {
		case *ast.CompositeLit:
			v = "(" + v + ")"
		case *ast.UnaryExpr:
			if x.Op == token.ARROW {
				v = "(" + v + ")"
			}
		}
		vals = append(vals, v)
		w.vacate(a, tmp)
	}
	if len(hoist) > 0 {
		pre += strings.Join(hoist, ", ") + " := " + strings.Join(vals, ", ") + "; "
	}
	if pre == "" {
		return false
	}
	w.add(start, start, "{ "+pre, -20)
	return true
}

// jsonCodecCall reports whether call calls encoding/json's
// Encoder.Encode or Decoder.Decode.
func (w *rewriter) jsonCodecCall(call *ast.CallExpr) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	info := w.info()
	if !ok || info == nil || info.Selections[sel] == nil {
		return false
	}
	fn, ok := info.Selections[sel].Obj().(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "encoding/json" {
		return false
	}
	name := jsonFuncName(fn)
	return name == "Encoder.Encode" || name == "Decoder.Decode"
}

// calleeValue reports whether fun, the function a call calls, is a value
// read where it is (a variable, a field, an element, a call's result), not
// a function or method declared, a function literal or a conversion.
func (w *rewriter) calleeValue(fun ast.Expr) bool {
	if id, ok := fun.(*ast.Ident); ok {
		return w.isVar(id)
	}
	info := w.info()
	if info == nil {
		return false
	}
	if tv, ok := info.Types[fun]; !ok || !tv.IsValue() {
		return false // a type (a conversion) or a built-in
	}
	switch f := ast.Unparen(fun).(type) {
	case *ast.SelectorExpr:
		return isFieldSelector(info, f)
	case *ast.IndexExpr:
		_, generic := info.Instances[calleeIdent(f)]
		return !generic
	case *ast.CallExpr, *ast.StarExpr, *ast.TypeAssertExpr:
		return true
	}
	return false
}

// isVar reports whether id names a variable: one the segment declares, or
// one of the session's.
func (w *rewriter) isVar(id *ast.Ident) bool {
	if id.Obj != nil {
		return id.Obj.Kind == ast.Var
	}
	n := w.fe.Names[id.Name]
	return n != nil && n.Kind == KindVar
}

// constantArg reports whether a, an argument of a go or defer statement's
// call, is a constant (nil too), which needs no variable to be taken at
// the statement: by its type, where the check gives one (a compiled
// package's variable, runtime.MemProfileRate, is none), else by
// isConstant.
func (w *rewriter) constantArg(a ast.Expr) bool {
	if info := w.info(); info != nil {
		if tv, ok := info.Types[a]; ok {
			return tv.Value != nil || tv.IsNil()
		}
	}
	return isConstant(a, w.fe)
}

// isConstant reports whether e is a literal or a constant, which must stay in
// place to keep its untyped constant meaning.
func isConstant(e ast.Expr, fe *FrontEnd) bool {
	switch e := e.(type) {
	case *ast.BasicLit:
		return true
	case *ast.Ident:
		if e.Obj != nil {
			return e.Obj.Kind == ast.Con
		}
		if n := fe.Names[e.Name]; n != nil {
			return n.Kind == kindConst
		}
		return e.Name == "nil" || e.Name == "true" || e.Name == "false" || e.Name == "iota"
	case *ast.ParenExpr:
		return isConstant(e.X, fe)
	case *ast.UnaryExpr:
		return isConstant(e.X, fe)
	case *ast.BinaryExpr:
		return isConstant(e.X, fe) && isConstant(e.Y, fe)
	case *ast.SelectorExpr:
		// time.Second and the like: a package-level name of a package.
		_, isPkg := fe.pkgIdent(e.X)
		return isPkg
	}
	return false
}

// call rewrites one call: the builtins yaegi lacks or places wrongly
// (min, max, clear, print, println, panic's position), coroutine functions'
// call sites (CreatedAt), loop.Async (named), loop.Await (fewer crossings,
// see awaitSleep) and AfterFunc (guarded). A call that is a statement of
// its own, whose results nobody sees, has dropped set.
func (w *rewriter) call(n *ast.CallExpr, funcs []string, dropped bool) {
	switch fun := n.Fun.(type) {
	case *ast.Ident:
		// Not a deferred call: .CreatedAt would make the coroutine at the
		// defer statement, and defer only the naming.
		if (fun.Obj == nil || fun.Obj.Kind == ast.Fun) && w.coroutineFunc(fun.Name) && !w.deferred[n] {
			end := w.offset(n.End())
			w.add(end, end, fmt.Sprintf(".CreatedAt(%q)", w.callSite(n)), 1)
			return
		}
		if fun.Obj != nil || w.fe.Names[fun.Name] != nil {
			return
		}
		switch fun.Name {
		case "print", "println":
			// Go's print and println write to standard error.
			name := "Print"
			if fun.Name == "println" {
				name = "Println"
			}
			w.add(w.offset(fun.Pos()), w.offset(fun.End()), HelperPkg+"."+name, 0)
		case "min", "max":
			if len(n.Args) == 0 || w.plan.Checked.typeOf(n) != nil {
				return // with the types known, lowerMinMax does it
			}
			w.usesMinMax = true
			name := minName
			if fun.Name == "max" {
				name = maxName
			}
			w.add(w.offset(fun.Pos()), w.offset(fun.End()), name, 0)
			// The stand-in infers its type parameter from the first argument:
			// put a non-constant one first, as min(1, x) is min(x, 1); with
			// constants only, give the first the type Go would.
			if allConstant(n.Args, w.fe) {
				if t := w.constType(n.Args); t != "" {
					if named, basic, ok := strings.Cut(t, " "); ok {
						// A compiled named type (time.Duration): yaegi's
						// generics fail on one, so the stand-in works in the
						// basic type and the result is converted back.
						end := w.offset(n.End())
						w.wrapArg(n, named+"(", -25) // inside a result's capture
						w.add(end, end, ")", 35)
						for _, a := range n.Args {
							w.wrapArg(a, basic+"(", -5)
							w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
						}
						return
					}
					a := n.Args[0]
					w.wrapArg(a, t+"(", -5)
					w.add(w.offset(a.End()), w.offset(a.End()), ")", 5)
				}
			} else if isConstant(n.Args[0], w.fe) {
				for i, a := range n.Args[1:] {
					if !isConstant(a, w.fe) {
						first, other := n.Args[0], n.Args[i+1]
						w.vacate(first, w.moved(other))
						w.vacate(other, w.moved(first))
						break
					}
				}
			}
		case "clear":
			w.add(w.offset(fun.Pos()), w.offset(fun.End()), HelperPkg+".Clear", 0)
		case "recover":
			if len(n.Args) == 0 {
				// Innermost: what wraps the call (fmt's conversion of
				// fmt.Println(recover())) takes the value it recovered.
				start, end := w.offset(n.Pos()), w.offset(n.End())
				held := recoveredHeld
				if w.panickedInInit(n.Pos()) {
					held = recoveredHeldInit
				}
				w.add(start, start, held+"(", 20)
				w.add(start, start, HelperPkg+".Recovered(", 21)
				w.add(end, end, ")", -21)
				w.add(end, end, ")", -20)
			}
		case "panic":
			// Note where the panic is; the value passes through unchanged.
			if len(n.Args) == 1 {
				w.notePanic(n)
			}
		}
	case *ast.SelectorExpr:
		if !w.isLoopFunc(fun) {
			w.lowerPrintArgs(n, fun)
			w.afterFunc(n, fun, dropped)
			w.waitGroupGo(n, fun)
			return
		}
		switch fun.Sel.Name {
		case "Async":
			w.nameAsync(n, fun, funcs)
		case "Await":
			if w.awaitSleep(n, dropped) || len(n.Args) != 1 || n.Ellipsis.IsValid() {
				return
			}
			// The await's position goes with it, for :where (see where.go).
			helper := ".AwaitAt("
			if dropped {
				// Results nobody reads are not boxed for the interpreter.
				helper = ".AwaitStmt("
			}
			w.add(w.offset(fun.Pos()), w.offset(n.Lparen)+1, fmt.Sprintf("%s%s%q, ", HelperPkg, helper, w.callSite(n)), 0)
		}
	case *ast.IndexExpr: // errors.AsType[E](err)
		if sel, ok := ast.Unparen(fun.X).(*ast.SelectorExpr); ok && sel.Sel.Name == "AsType" {
			if info := w.plan.Checked.infoOrNil(); info != nil {
				if fn, ok := info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "errors" {
					w.lowerErrorsAsType(n, info)
				}
			}
		}
	}
}

// isLoopFunc reports whether sel names a function of the loop package (and
// not of a variable that happens to be called loop).
func (w *rewriter) isLoopFunc(sel *ast.SelectorExpr) bool {
	return w.isPkgFunc(sel, "loop", loopPath)
}

// isPkgFunc reports whether sel names a function of the package imported
// from path under name.
func (w *rewriter) isPkgFunc(sel *ast.SelectorExpr, name, path string) bool {
	pkg, ok := sel.X.(*ast.Ident)
	if !ok || pkg.Obj != nil || pkg.Name != name || w.fe.Names[pkg.Name] != nil {
		return false
	}
	return w.fe.Imports[name] == "" || w.fe.Imports[name] == path
}

// afterFunc guards the function time.AfterFunc or context.AfterFunc will
// call on a goroutine of its own, as goStmt guards a go statement's body.
// time.AfterFunc whose timer is never reset (a statement, dropped: nobody
// holds the timer; any, in a script that calls no Timer's Reset) goes to
// a helper that tells the deadlock check so: a deadlock once its function
// has run is reported, where any AfterFunc counted as a wake-up for good.
func (w *rewriter) afterFunc(n *ast.CallExpr, fun *ast.SelectorExpr, dropped bool) {
	if fun.Sel.Name != "AfterFunc" || len(n.Args) != 2 || n.Ellipsis.IsValid() ||
		!w.isPkgFunc(fun, "time", "time") && !w.isPkgFunc(fun, "context", "context") {
		return
	}
	if (dropped || w.mode == ModeScript && !w.resetsTimers()) && w.isPkgFunc(fun, "time", "time") {
		w.vacate(fun, HelperPkg+".AfterFuncOnce")
	}
	f := n.Args[1]
	w.wrapArg(f, fmt.Sprintf("%s.Guard(%q, ", HelperPkg, w.src.Position(w.offset(n.Pos()))), -5)
	w.add(w.offset(f.End()), w.offset(f.End()), ")", 5)
}

// waitGroupGo guards the function sync.WaitGroup's Go calls on a
// goroutine of its own, as goStmt guards a go statement's body: its
// panic ended the process (at the prompt the session's, which then died
// again replaying the input), in the interpreter's words.
func (w *rewriter) waitGroupGo(n *ast.CallExpr, fun *ast.SelectorExpr) {
	info := w.info()
	if fun.Sel.Name != "Go" || len(n.Args) != 1 || info == nil || info.Selections[fun] == nil {
		return
	}
	fn, ok := info.Selections[fun].Obj().(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "sync" || !strings.HasSuffix(types.TypeString(fn.Signature().Recv().Type(), nil), "sync.WaitGroup") {
		return
	}
	f := n.Args[0]
	w.wrapArg(f, fmt.Sprintf("%s.Guard(%q, ", HelperPkg, w.src.Position(w.offset(n.Pos()))), -5)
	w.add(w.offset(f.End()), w.offset(f.End()), ")", 5)
}

// resetsTimers reports whether the segment's code mentions the Reset
// method of time.Timer (or could not be checked).
func (w *rewriter) resetsTimers() bool {
	info := w.info()
	if info == nil {
		return true
	}
	for _, sel := range info.Selections {
		fn, ok := sel.Obj().(*types.Func)
		if !ok || fn.Name() != "Reset" || fn.Pkg() == nil || fn.Pkg().Path() != "time" {
			continue
		}
		if recv := fn.Signature().Recv(); recv != nil && strings.HasSuffix(recv.Type().String(), "time.Timer") {
			return true
		}
	}
	return false
}

// loopPath is the import path of the loop package.
const loopPath = "github.com/asyncrepl/asyncrepl/loop"

// awaitSleep turns loop.Await(loop.Sleep(d)), the commonest await there is,
// into one call of a compiled helper doing the same: every call from
// interpreted into compiled code goes through reflection and costs about
// half a microsecond, more than the loop's own work for a Sleep(0). As a
// statement of its own, it calls a helper without results, which spares
// reflection boxing two results nobody reads.
func (w *rewriter) awaitSleep(n *ast.CallExpr, dropped bool) bool {
	if len(n.Args) != 1 || n.Ellipsis.IsValid() {
		return false
	}
	inner, ok := n.Args[0].(*ast.CallExpr)
	if !ok || len(inner.Args) != 1 || inner.Ellipsis.IsValid() {
		return false
	}
	sel, ok := inner.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Sleep" || !w.isLoopFunc(sel) {
		return false
	}
	d := inner.Args[0]
	helper := ".AwaitSleep("
	if dropped {
		helper = ".AwaitSleepStmt("
	}
	w.add(w.offset(n.Pos()), w.offset(d.Pos()), fmt.Sprintf("%s%s%q, ", HelperPkg, helper, w.callSite(n)), 0)
	w.add(w.offset(d.End()), w.offset(n.End()), ")", 0)
	return true
}

// coroutineFunc reports whether name is a function of the session or of the
// segment that returns a *loop.Coroutine.
func (w *rewriter) coroutineFunc(name string) bool {
	results := func(r []string) bool { return len(r) == 1 && r[0] == "*loop.Coroutine" }
	for _, d := range w.plan.Decls {
		if d.Name == name && d.Info.Kind == kindFunc {
			return results(d.Info.results)
		}
	}
	n := w.fe.Names[name]
	return n != nil && n.Kind == kindFunc && results(n.results)
}

// nameAsync names the coroutine a loop.Async call makes after the function
// it runs, or the function that makes it, with where the call is. The call
// becomes one of a compiled helper that makes and names the coroutine: one
// crossing into compiled code instead of two (see awaitSleep).
func (w *rewriter) nameAsync(n *ast.CallExpr, fun *ast.SelectorExpr, funcs []string) {
	name := ""
	if len(n.Args) == 1 {
		switch a := n.Args[0].(type) {
		case *ast.Ident:
			name = a.Name
		case *ast.SelectorExpr:
			name = a.Sel.Name
			if info := w.info(); info != nil {
				// A method value: named T.run, as Go's runtime names
				// one of either receiver (main.T.run-fm, main.(*T).run-fm).
				if sel := info.Selections[a]; sel != nil && sel.Kind() == types.MethodVal {
					if nt, ok := types.Unalias(derefType(sel.Recv())).(*types.Named); ok {
						name = nt.Obj().Name() + "." + name
					}
				}
			}
		}
	}
	lit, _ := ast.Unparen(n.Args[0]).(*ast.FuncLit)
	if name == "" && lit != nil && !w.src.Interactive() && w.namedAsGo(lit) {
		// A literal in main, a test or another literal: named as Go's
		// runtime names it, with its line, as the loop names a compiled
		// one (two literals of main were both main.func2).
		name = w.goLitName(lit)
	}
	if name == "" && len(funcs) > 0 && funcs[len(funcs)-1] != "_" {
		name = funcs[len(funcs)-1]
		// A literal in a method of a value receiver: Go's runtime names
		// it main.T.run.func1, which the loop names run (it cannot tell
		// it from a literal of a function run inlined into a function T).
		for _, d := range w.file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv != nil && len(fd.Recv.List) == 1 && funcKey(fd) == name {
				if _, ptr := fd.Recv.List[0].Type.(*ast.StarExpr); !ptr {
					name = fd.Name.Name
				}
			}
		}
	}
	if name == "" {
		var lit *ast.FuncLit
		if len(n.Args) == 1 {
			lit, _ = n.Args[0].(*ast.FuncLit)
		}
		name = w.litName(lit, funcs)
	}
	if len(n.Args) == 1 && !n.Ellipsis.IsValid() {
		w.add(w.offset(fun.Pos()), w.offset(fun.End()), HelperPkg+".Async", 0)
		rp := w.offset(n.Rparen)
		w.add(rp, rp, fmt.Sprintf(", %q, %q", name, w.callSite(n)), 0)
		return
	}
	end := w.offset(n.End())
	w.add(end, end, fmt.Sprintf(".Named(%q, %q)", name, w.callSite(n)), 0)
}

// namedAsGo reports whether the loop names a coroutine of lit, compiled,
// as Go's runtime names the literal (loop's anonymousClosure): lit is in
// another literal, in main, in a package variable's value (init), or in a
// test's function; a literal written directly in another function takes
// that function's name.
func (w *rewriter) namedAsGo(lit *ast.FuncLit) bool {
	path, _ := astutil.PathEnclosingInterval(w.file, lit.Pos(), lit.End())
	for _, n := range path[1:] {
		switch n := n.(type) {
		case *ast.FuncLit:
			return true
		case *ast.FuncDecl:
			name := n.Name.Name
			if n.Recv != nil {
				return false
			}
			if name == "main" || name == "init" {
				return true
			}
			for _, p := range []string{"Test", "Example", "Benchmark", "Fuzz"} {
				if strings.HasPrefix(name, p) {
					return true
				}
			}
			return false
		}
	}
	return true // a package variable's value
}

// goLitName names lit, a function literal of a script, as Go's runtime
// does (main.main.func1, main.main.func1.2, main.(*T).run.func1,
// main.init.func1 in a package variable's value), with its line.
func (w *rewriter) goLitName(lit *ast.FuncLit) string {
	path, _ := astutil.PathEnclosingInterval(w.file, lit.Pos(), lit.End())
	var lits []*ast.FuncLit // lit first, the outermost last
	var decl *ast.FuncDecl
	for _, n := range path {
		switch n := n.(type) {
		case *ast.FuncLit:
			lits = append(lits, n)
		case *ast.FuncDecl:
			decl = n
		}
	}
	name := "main.init"
	var within []ast.Node // where the outermost literal is counted
	if decl != nil {
		name = "main." + goFuncName(decl)
		within = []ast.Node{decl.Body}
	} else {
		for _, d := range w.file.Decls {
			if g, ok := d.(*ast.GenDecl); ok {
				within = append(within, g)
			}
		}
	}
	for i := len(lits) - 1; i >= 0; i-- {
		k := 0
		for _, n := range within {
			ast.Inspect(n, func(n ast.Node) bool {
				l, ok := n.(*ast.FuncLit)
				if ok && l.Pos() <= lits[i].Pos() {
					k++
				}
				return !ok
			})
		}
		if i == len(lits)-1 {
			name += fmt.Sprintf(".func%d", k)
		} else {
			name += fmt.Sprintf(".%d", k)
		}
		within = []ast.Node{lits[i].Body}
	}
	line, _ := w.src.LineCol(w.offset(lit.Pos()))
	// As the loop names a compiled one: the file's last directory and
	// name (the path the runtime has is absolute), not the path as the
	// user typed it.
	file := w.src.File
	if w.src.Abs != "" {
		file = filepath.Base(filepath.Dir(w.src.Abs)) + "/" + filepath.Base(w.src.Abs)
	}
	return fmt.Sprintf("%s (%s:%d)", name, file, line)
}

// goFuncName is the name Go's runtime gives a function declared in
// package main, without the package: f, T.m, (*T).m, F[...].
func goFuncName(d *ast.FuncDecl) string {
	name := d.Name.Name
	if d.Type.TypeParams != nil {
		name += "[...]"
	}
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return name
	}
	t := d.Recv.List[0].Type
	star, ptr := t.(*ast.StarExpr)
	if ptr {
		t = star.X
	}
	recv := ""
	switch x := t.(type) {
	case *ast.Ident:
		recv = x.Name
	case *ast.IndexExpr:
		recv = fmt.Sprint(x.X) + "[...]"
	case *ast.IndexListExpr:
		recv = fmt.Sprint(x.X) + "[...]"
	}
	if ptr {
		recv = "(*" + recv + ")"
	}
	return recv + "." + name
}

// litName names a function literal that gets no name from a variable, as
// Go's runtime does: the enclosing function (input3 at the top of input 3,
// main in a script) and .funcN. A literal is named once, however many
// rewrites ask; lit may be nil for an expression that is no literal.
func (w *rewriter) litName(lit *ast.FuncLit, funcs []string) string {
	if name, ok := w.litNames[lit]; ok && lit != nil {
		return name
	}
	w.funcLits++
	outer := "main"
	if w.src.Interactive() {
		outer = fmt.Sprintf("input%d", w.src.Number)
	}
	if len(funcs) > 0 && funcs[len(funcs)-1] != "_" {
		outer = funcs[len(funcs)-1]
	}
	name := fmt.Sprintf("%s.func%d", outer, w.funcLits)
	if lit != nil {
		w.litNames[lit] = name
	}
	return name
}

// callSite is where a call is, as warnings name it: "input 3:5" or
// "file.go:39".
func (w *rewriter) callSite(n ast.Node) string {
	off := w.offset(n.Pos())
	if w.src.Interactive() {
		return w.src.Position(off)
	}
	line, _ := w.src.LineCol(off)
	return fmt.Sprintf("%s:%d", w.src.File, line)
}

func allConstant(args []ast.Expr, fe *FrontEnd) bool {
	for _, a := range args {
		if !isConstant(a, fe) {
			return false
		}
	}
	return true
}

// constType is the type Go gives min or max of constant arguments written as
// literals: float64 if one is a floating-point literal, and so on.
func (w *rewriter) constType(args []ast.Expr) string {
	kinds := map[token.Token]bool{}
	for _, a := range args {
		if t := w.typedConst(a); t != "" {
			return t // the others convert to it, or Go rejects the call
		}
		ast.Inspect(a, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				kinds[n.Kind] = true
			case *ast.SelectorExpr:
				// An untyped constant of a package (math.Pi), which the
				// interpreter holds as a go/constant value.
				if t, ok := w.pkgMemberType(n); ok && t.PkgPath() == "go/constant" {
					switch strings.TrimPrefix(t.String(), "*") {
					case "constant.int64Val", "constant.intVal":
						kinds[token.INT] = true
					case "constant.ratVal", "constant.floatVal":
						kinds[token.FLOAT] = true
					case "constant.stringVal":
						kinds[token.STRING] = true
					}
				}
				return false
			}
			return true
		})
	}
	switch {
	case kinds[token.STRING]:
		return "string"
	case kinds[token.FLOAT]:
		return "float64"
	case kinds[token.CHAR]:
		return "rune"
	case kinds[token.INT]:
		return "int"
	}
	return ""
}

// typedConst returns the type of e, when it is a typed constant the front
// end knows the type of (a constant of the session declared with a type),
// else "". A compiled package's named type is followed by its basic type:
// "time.Duration int64".
func (w *rewriter) typedConst(e ast.Expr) string {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		t, ok := w.pkgMemberType(e)
		if !ok || t.PkgPath() == "go/constant" || t.Kind() == reflect.Func || t.Kind() > reflect.Complex128 && t.Kind() != reflect.String {
			return ""
		}
		if t.Name() == "" || t.PkgPath() == "" {
			return t.String()
		}
		return e.X.(*ast.Ident).Name + "." + t.Name() + " " + t.Kind().String()
	case *ast.Ident:
		typ := ""
		if n := w.fe.lookup(e, kindConst); n != nil {
			typ = n.Typ
		} else if e.Obj != nil && e.Obj.Kind == ast.Con {
			if spec, ok := e.Obj.Decl.(*ast.ValueSpec); ok && spec.Type != nil {
				typ = w.text(spec.Type)
			}
		}
		// A compiled package's type (const d time.Duration = 5).
		if t, ok := w.compiledType(typ); ok {
			return typ + " " + t.Kind().String()
		}
		return typ
	}
	return ""
}

// compiledType returns the type a compiled package exports as name
// ("time.Duration"), if it is one.
func (w *rewriter) compiledType(name string) (reflect.Type, bool) {
	pkg, typ, ok := strings.Cut(name, ".")
	if !ok {
		return nil, false
	}
	t, ok := w.pkgMemberType(&ast.SelectorExpr{X: ast.NewIdent(pkg), Sel: ast.NewIdent(typ)})
	if !ok || t.Kind() != reflect.Pointer { // types are exported as (*T)(nil)
		return nil, false
	}
	return t.Elem(), true
}

// pkgMemberType returns the type of pkg.Name, a member of a compiled
// package.
func (w *rewriter) pkgMemberType(e *ast.SelectorExpr) (reflect.Type, bool) {
	pkg, ok := w.fe.pkgIdent(e.X)
	if !ok || w.fe.funcType == nil {
		return nil, false
	}
	path := w.fe.Imports[pkg]
	if path == "" {
		path = w.plan.AutoImports[pkg]
	}
	return w.fe.funcType(path, e.Sel.Name)
}

// printFuncs are calls whose results nobody wants printed.
var printFuncs = map[string]bool{
	"fmt.Print": true, "fmt.Println": true, "fmt.Printf": true,
	"fmt.Fprint": true, "fmt.Fprintln": true, "fmt.Fprintf": true,
}

// resultCount returns how many results e, a call, has: as the type check
// says, else as resultTypes guesses.
func (w *rewriter) resultCount(e ast.Expr) int {
	if info := w.info(); info != nil {
		switch t := info.TypeOf(e).(type) {
		case *types.Tuple:
			return t.Len()
		case nil:
		default:
			return 1
		}
	}
	return len(w.resultTypes(e))
}

// resultTypes returns the static result types of a call of a session
// function or of a compiled package's function, when the front end knows
// them; nil otherwise. A call with no results gives an empty, non-nil slice.
func (w *rewriter) resultTypes(e ast.Expr) []string {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return nil
	}
	switch fun := call.Fun.(type) {
	case *ast.Ident:
		if n := w.fe.lookup(fun, kindFunc); n != nil && !n.generic {
			return append([]string{}, n.results...)
		}
		if fun.Obj != nil && fun.Obj.Kind == ast.Fun {
			// A function of the same input or file.
			if d, ok := fun.Obj.Decl.(*ast.FuncDecl); ok && d.Type.TypeParams == nil {
				return w.fieldTypes(d.Type.Results)
			}
		}
		if fun.Obj != nil && fun.Obj.Kind == ast.Var {
			// A variable holding a function literal (f := func() (int, int) {...}).
			if lit := w.declaredLit(fun); lit != nil {
				return w.fieldTypes(lit.Type.Results)
			}
		}
	case *ast.SelectorExpr:
		if t, ok := w.pkgMemberType(fun); ok && t.Kind() == reflect.Func {
			return outTypes(t)
		}
		// A method of a compiled type, called on a variable whose value
		// was of that type (f.Result() for f a *loop.Future).
		if id, ok := fun.X.(*ast.Ident); ok {
			if n := w.fe.lookup(id, KindVar); n != nil && n.Dyn != "" {
				name, ptr := strings.CutPrefix(n.Dyn, "*")
				if t, ok := w.compiledType(name); ok {
					if ptr {
						t = reflect.PointerTo(t)
					}
					if m, ok := t.MethodByName(fun.Sel.Name); ok {
						return outTypes(m.Type)
					}
				}
			}
		}
	}
	return nil
}

// outTypes returns the result types of the function type t.
func outTypes(t reflect.Type) []string {
	types := []string{}
	for i := range t.NumOut() {
		types = append(types, TypeString(t.Out(i)))
	}
	return types
}

// representsDefault reports whether an untyped constant's value tv fits
// its default type (a typed constant's is checked by the type checker).
func representsDefault(tv types.TypeAndValue) bool {
	b, ok := tv.Type.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsUntyped == 0 {
		return true
	}
	v := tv.Value
	switch types.Default(b).(*types.Basic).Kind() {
	case types.Int:
		_, exact := constant.Int64Val(constant.ToInt(v))
		return exact
	case types.Int32:
		n, exact := constant.Int64Val(constant.ToInt(v))
		return exact && n >= math.MinInt32 && n <= math.MaxInt32
	case types.Float64:
		f, _ := constant.Float64Val(constant.ToFloat(v))
		return !math.IsInf(f, 0)
	case types.Complex128:
		re, _ := constant.Float64Val(constant.ToFloat(constant.Real(v)))
		im, _ := constant.Float64Val(constant.ToFloat(constant.Imag(v)))
		return !math.IsInf(re, 0) && !math.IsInf(im, 0)
	}
	return true
}

// captureResult arranges for the values of the input's final expression to
// be printed.
func (w *rewriter) captureResult(es *ast.ExprStmt) {
	res := &resultInfo{}
	if call, ok := es.X.(*ast.CallExpr); ok {
		switch fun := call.Fun.(type) {
		case *ast.Ident:
			if n := w.fe.Names[fun.Name]; fun.Obj == nil && n == nil && Universe[fun.Name] {
				switch fun.Name {
				case "print", "println", "panic", "close", "delete", "clear":
					return
				}
			}
		case *ast.SelectorExpr:
			if pkg, ok := w.fe.pkgIdent(fun.X); ok && printFuncs[pkg+"."+fun.Sel.Name] {
				return
			}
			if info := w.info(); info != nil {
				// Under another import name (import f "fmt").
				if fn, ok := calledFunc(info, fun).(*types.Func); ok && fn.Pkg() != nil && printFuncs[fn.Pkg().Path()+"."+fn.Name()] {
					return
				}
			}
		}
		if types := w.resultTypes(call); types != nil {
			if len(types) == 0 {
				return
			}
			res.Types = types
		}
	}
	res.Hint = typeHint(es.X, w.fe)
	res.Constant = isConstant(es.X, w.fe)
	w.plan.Result = res
	w.hasResultEdit = true
	// The call runs in a function literal, as a segment that declares
	// nothing does whole (see analyse's build): yaegi keeps the temporaries
	// of top-level code alive for good, which would hide a coroutine never
	// awaited from the loop's collector-driven warning.
	open, closing := w.src.Directive(w.offset(es.Pos()))+HelperPkg+".Result(", ")"
	if len(w.plan.Decls) > 0 {
		open, closing = "func() { "+open, ") }()"
	}
	// Each value shown as fmt shows it (see showValue), under its
	// index past the first (a call of several results).
	ts := w.plan.Checked.ResultTypes()
	var vars, shows []string
	for i, t := range ts {
		v, key := "__v", ""
		if len(ts) > 1 {
			v, key = fmt.Sprintf("__v%d", i), ResultKey(i)
		}
		vars = append(vars, v)
		if show := w.showValue(key, v, t, es.Pos()); show != "" {
			shows = append(shows, show)
		}
	}
	if len(shows) > 0 {
		list := strings.Join(vars, ", ")
		open = "func() { " + list + " := " + w.src.Directive(w.offset(es.Pos()))
		closing = "; " + strings.Join(shows, "; ") + "; " + HelperPkg + ".Result(" + list + ") }()"
	}
	start, end := w.offset(es.Pos()), w.offset(es.End())
	w.edits = append(w.edits,
		// First of what starts there: a replacement of what the
		// expression starts with comes after it (lower_methodexpr.go's
		// of T.Double in T.Double(4), which covered it at -30: nothing
		// showed).
		taggedEdit{Edit: gosrc.Edit{Off: start, End: start, Text: open, Prio: -90, Outer: true}, result: true},
		taggedEdit{Edit: gosrc.Edit{Off: end, End: end, Text: closing, Prio: 40, Outer: true}, result: true})
}

// formatMethod reports whether t is a type of the user's with fmt's
// Format method.
func formatMethod(t types.Type) bool {
	if _, ok := userType(t); !ok {
		return false
	}
	return fmtMethodsOf(t).format
}

// ResultKey is the key under which the session finds what the i-th value
// of a final expression of several values shows (see showValue): no
// variable's name, as a single value's is "".
func ResultKey(i int) string { return fmt.Sprintf("#%d", i) }

// showValue returns the statement that records, under key, the text fmt
// shows for the value of x, of static type t, where the session's printer
// alone would show it otherwise ("" where not): by its String or Error
// method, a reflect.Type by the names the host runtime tells (also in an
// any), a value holding the program's types as fmt shows them. A declared
// variable, a result and each of several results are shown alike.
func (w *rewriter) showValue(key, x string, t types.Type, pos token.Pos) string {
	switch {
	case t == nil:
		return ""
	case formatMethod(t):
		// fmt calls Format before Error and String.
		return showText(key, "Format", x, t, fmt.Sprintf("%s.FormatText(%s.Format)", HelperPkg, x))
	case printMethod(t) != "":
		return showCall(key, printMethod(t), x, t)
	case w.reflectShown && isReflectType(t):
		return showReflectType(key, x)
	case w.reflectShown && heldShown(t):
		return w.showHeldTypes(key, x, t, pos)
	}
	return w.shownNode(key, x, t, pos)
}

// TypeString names a compiled type as Go code would.
func TypeString(t reflect.Type) string {
	if t.Kind() == reflect.Interface && t.Name() == "error" {
		return "error"
	}
	if t.Kind() == reflect.Interface && t.NumMethod() == 0 && t.Name() == "" {
		return "any"
	}
	return t.String()
}

// MinMaxDecls declares interpreted stand-ins for the min and max builtins.
const MinMaxDecls = `type __repl_ordered interface { ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string }
func ` + minName + `[__repl_T __repl_ordered](x __repl_T, ys ...__repl_T) __repl_T { for _, y := range ys { if y < x { x = y } }; return x }
func ` + maxName + `[__repl_T __repl_ordered](x __repl_T, ys ...__repl_T) __repl_T { for _, y := range ys { if y > x { x = y } }; return x }
`

// importOnce reports whether the code of a file (loaded or a script)
// imports key ("name path") already: the interpreter has it for the file,
// which was loaded before (FrontEnd.fileImports), or the plan makes it.
// If not, the plan makes it: the interpreter scopes imports by file name
// and refuses the same import twice, so a file loaded again keeps the
// ones it had and adds only new ones.
func (w *rewriter) importOnce(key string) bool {
	if w.fe.fileImports[w.src.File][key] || slices.Contains(w.plan.fileImports, key) {
		return true
	}
	w.plan.fileImports = append(w.plan.fileImports, key)
	return false
}

// dropSeenImports removes from a script file loaded again the imports the
// interpreter already has for it (see importOnce).
func (w *rewriter) dropSeenImports() {
	for _, d := range w.file.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		var old []ast.Spec
		for _, sp := range gd.Specs {
			name, path := importSpecName(sp.(*ast.ImportSpec))
			if w.importOnce(name + " " + path) {
				old = append(old, sp)
			}
		}
		switch {
		case len(old) == 0:
		case len(old) == len(gd.Specs):
			w.add(w.offset(gd.Pos()), w.offset(gd.End()), "", 0)
		case gd.Lparen.IsValid():
			for _, sp := range old {
				w.add(w.offset(sp.Pos()), w.offset(sp.End()), "", 0)
			}
		}
	}
}

// declaresMain reports whether f declares the function main.
func declaresMain(f *ast.File) bool {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "main" {
			return true
		}
	}
	return false
}

// GenericMethods returns the methods of generic types the segment declares,
// as the type and the method's name (Opt, Get).
func (p *Plan) GenericMethods() [][2]string {
	var ms [][2]string
	for _, d := range p.Decls {
		fd, ok := d.Node.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
			continue
		}
		t := fd.Recv.List[0].Type
		if s, ok := t.(*ast.StarExpr); ok {
			t = s.X
		}
		switch t := t.(type) {
		case *ast.IndexExpr:
			ms = append(ms, [2]string{recvName(t.X), fd.Name.Name})
		case *ast.IndexListExpr:
			ms = append(ms, [2]string{recvName(t.X), fd.Name.Name})
		}
	}
	return ms
}
