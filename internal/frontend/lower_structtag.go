package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"hash/fnv"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"weak"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/asyncrepl/asyncrepl/internal/gosrc"
	"github.com/asyncrepl/asyncrepl/internal/hostrt"
)

// Lowering: each struct type the program declares, a representation of
// its own.
//
// yaegi v0.16.1 holds a value of a struct type declared in interpreted
// code as a value of an unnamed struct type of its fields, built by
// reflect.StructOf, which gives two struct types of the same fields one
// reflect type. Where the interpreter loses the type's name (a pointer
// to a struct whose methods take the value, held in an interface; a
// struct held bare), the two were one type: x.(Size) matched a Point,
// Point{1, 2} == any(Size{1, 2}), fmt printed a *Point in a []any as
// &{1 2} where Go calls its String method, %#v of an error held as a
// pointer named no type (&struct { Code int }{Code:6}). The front end
// refused what it could tell would go wrong and printed the rest by the
// representation where no other type shared it.
//
// Field tags are part of a struct type's identity, in Go and in
// reflect.StructOf, and neither fmt nor json nor any standard package
// reads a key it does not know. So the first field of each struct type
// the program declares with a name gets one more tag key, naming the
// type, and the interpreter builds a reflect type of its own for it:
//
//	type Point struct{ X, Y int }            ->  type Point struct{ X, Y int `asyncrepl:"Point"` }
//	type row struct{ id int `json:"id"` }    ->  type row struct{ id int `json:"-" xml:"-" json:"id" asyncrepl:"-row 0"` }
//
// The value is the format hostrt reads (see its structtag.go): the name
// (a type declared inside a function adds a hash of where it is declared;
// a generic type's ends in [], its instances share it), then the indexes
// of the unexported fields. An unexported field (row's id) is hidden from
// encoding/json and encoding/xml, which would see the interpreter's
// exported name for it (Xid), by json:"-" and xml:"-" before the
// program's tag, which win.
//
// A struct type declared as another of the program's (type W Point, in a
// function too) would get Point's struct type, tag and all, and with it
// Point's methods where fmt and json look them up by the tag: its fields
// are written out, with a tag naming W (redefinedStruct).
//
// ReprKey tells the front end's checks the same: no two struct types of
// the program with fields are twins. Where the front end does not name a
// value held in an interface (a type declared in a function, out of the
// scope of the fmt call), the host runtime names it by its tag for %T and
// fmt's nodes.
//
// Go lets a value of an unnamed struct type be assigned to a variable of
// a named one of the same fields (var p Point = struct{ X, Y int }{1,
// 2}), which the interpreter would now refuse as of different types: such
// a value is converted where it is assigned. What reads a tag back sees
// the program's: reflect.StructField's Tag goes through hostrt.StructTag,
// which drops the key, and so does a StructField handed to fmt.
//
// Not reached: a struct type without fields (struct{}), which has no
// field to tag; its twins stay refused where they would be confused.

// lowerStructTags gives the program's struct types their tags, and
// converts values of unnamed struct types assigned to named ones.
func (w *rewriter) lowerStructTags(in *inspector.Inspector) {
	info := w.info()
	for c := range in.Root().Preorder((*ast.TypeSpec)(nil)) {
		ts := c.Node().(*ast.TypeSpec)
		if ts.Assign.IsValid() {
			continue // an alias names a type declared elsewhere
		}
		for _, e := range w.structTags(ts) {
			w.add(e.Off, e.End, e.Text, 0)
		}
		if p, ok := redefinesStruct(info, ts); ok {
			text, ok := w.redefinedStruct(ts, p)
			if !ok {
				// The checks took the type for one of its own
				// (registerTagNames).
				if w.refusal == nil {
					w.refusal = &Error{Pos: w.src.Position(w.offset(ts.Type.Pos())), Msg: fmt.Sprintf("type %s %s: a field's type cannot be written here for the interpreter, which needs %s's fields written out; declare it where %s's fields' types are visible", ts.Name.Name, w.text(ts.Type), w.text(ts.Type), w.text(ts.Type))}
				}
				continue
			}
			w.vacate(ts.Type, text)
		}
		w.recordLocalEmbedder(ts)
	}
	// What reads a field's tag back reads the program's.
	for c := range in.Root().Preorder((*ast.SelectorExpr)(nil)) {
		sel := c.Node().(*ast.SelectorExpr)
		if s := info.Selections[sel]; s == nil || s.Kind() != types.FieldVal || sel.Sel.Name != "Tag" || !isReflectStructField(s.Recv()) {
			continue
		}
		if isAssigned(c.Parent().Node(), sel) {
			continue
		}
		end := w.offset(sel.End())
		w.wrapArg(sel, HelperPkg+".StructTag(", -5)
		w.add(end, end, ")", 5)
	}
	// A reflect.StructField handed to compiled code (fmt.Println(f))
	// goes with the program's tag.
	for c := range in.Root().Preorder((*ast.CallExpr)(nil)) {
		call := c.Node().(*ast.CallExpr)
		fn, _ := calledFunc(info, call.Fun).(*types.Func)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() == "main" || call.Ellipsis.IsValid() {
			continue
		}
		for _, a := range call.Args {
			if t := info.TypeOf(a); t == nil || !isReflectStructField(t) || isPtr(t) {
				continue
			}
			end := w.offset(a.End())
			w.wrapArg(a, HelperPkg+".UserStructField(", -5)
			w.add(end, end, ")", 5)
		}
	}
	w.conversions(in, func(e ast.Expr, target types.Type, call *ast.CallExpr, ret bool) {
		if call != nil && info.Types[call.Fun].IsType() {
			return // written out
		}
		tv := info.Types[e]
		if tv.Type == nil || tv.IsNil() || types.Identical(tv.Type, target) {
			return
		}
		if !tagsDiffer(tv.Type, target) {
			return
		}
		ts, ok := w.typeSource(target, e.Pos())
		if !ok {
			return
		}
		end := w.offset(e.End())
		w.wrapArg(e, "("+ts+")(", -4)
		w.add(end, end, ")", 4)
	})
}

// isReflectStructField reports whether t is reflect.StructField or a
// pointer to one.
func isReflectStructField(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return isPkgType(t, "reflect", "StructField")
}

// ownRepr reports whether the interpreter holds a value of t, bare, as
// no other type: t is a struct type the program declares with fields, or
// a pointer to one (lower_structtag.go gives it a tag of its own).
func ownRepr(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return taggedType(t)
}

// taggedType reports whether t is a named type structTagged says is.
func taggedType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && structTagged(n)
}

// isPtr reports whether t is a pointer type.
func isPtr(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

// tagsDiffer reports whether a value of type from, assignable to to, is
// of a struct type that the interpreter tells from to's by the tag
// lowerStructTags adds: one is a named struct type of the program's
// with fields, the other an unnamed one.
func tagsDiffer(from, to types.Type) bool {
	_, fromLit := types.Unalias(from).(*types.Struct)
	_, toLit := types.Unalias(to).(*types.Struct)
	return fromLit && taggedType(to) || toLit && taggedType(from)
}

// structTagged reports whether the interpreter gets n's struct type with
// the tag lowerStructTags adds: n is declared by the program with a
// struct type of fields.
func structTagged(n *types.Named) bool {
	o := n.Obj()
	if o.Pkg() == nil || o.Pkg().Path() != "main" {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	return ok && st.NumFields() > 0
}

// structTags returns the edits of the tags of ts's fields, if ts declares
// a struct type of fields: the first field's names the type (see
// hostrt's structtag.go); each list of unexported fields (not embedded)
// gets hostrt.HiddenFieldTag before the tag the program wrote, as
// encoding/json and encoding/xml skip unexported fields, which the
// interpreter names as exported ones (Xname for name), and our key with a
// value starting "-" to say so.
func (w *rewriter) structTags(ts *ast.TypeSpec) []gosrc.Edit {
	st, ok := ts.Type.(*ast.StructType)
	if !ok || st.Fields == nil || len(st.Fields.List) == 0 {
		return nil
	}
	name := w.structTagName(w.info(), ts)
	if t, ok := w.info().TypeOf(ts.Type).(*types.Struct); ok {
		name += hiddenFields(t)
	}
	var edits []gosrc.Edit
	for i, f := range st.Fields.List {
		masked := len(f.Names) > 0 && !slices.ContainsFunc(f.Names, (*ast.Ident).IsExported)
		written := ""
		if f.Tag != nil {
			var err error
			if written, err = strconv.Unquote(f.Tag.Value); err != nil {
				return nil
			}
		}
		text, ok := fieldTag(i, name, len(f.Names) == 0, masked, written)
		switch {
		case !ok:
		case f.Tag == nil:
			at := w.offset(f.Type.End())
			edits = append(edits, gosrc.Edit{Off: at, End: at, Text: " " + text})
		default:
			edits = append(edits, gosrc.Edit{Off: w.offset(f.Tag.Pos()), End: w.offset(f.Tag.End()), Text: text})
		}
	}
	return edits
}

// fieldTag returns the tag, as a literal, of the field i of a struct type
// whose tag names it name (see structTags): embedded, masked (an
// unexported field, not embedded), with the tag the program wrote; ok is
// false where the field keeps the program's.
func fieldTag(i int, name string, embedded, masked bool, written string) (text string, ok bool) {
	// An embedded field says so ("^"): the interpreter builds it as a
	// field of its own (reflect's Anonymous false).
	mark := ""
	if embedded {
		mark = "^"
	}
	value := ""
	switch {
	case i == 0 && masked:
		value = "-" + name
	case i == 0:
		value = mark + name
	case masked:
		value = "-"
	case embedded:
		value = mark
	default:
		return "", false
	}
	tag := hostrt.StructTagKey + ":" + strconv.Quote(value)
	if masked {
		tag = hostrt.HiddenFieldTag + " " + tag
	}
	if written != "" {
		tag = strings.Replace(tag, hostrt.StructTagKey, written+" "+hostrt.StructTagKey, 1)
	}
	if strings.Contains(tag, "`") {
		return strconv.Quote(tag), true
	}
	return "`" + tag + "`", true
}

// hiddenFields returns what a struct type's tag name adds for its
// unexported fields (see structTags): their indexes, after a space.
func hiddenFields(st *types.Struct) string {
	var hidden []string
	for i := range st.NumFields() {
		if !st.Field(i).Exported() {
			hidden = append(hidden, strconv.Itoa(i))
		}
	}
	if len(hidden) == 0 {
		return ""
	}
	return " " + strings.Join(hidden, ",")
}

// redefinesStruct returns P where ts declares a type by a struct type of
// the program's with fields, P (type plain User), neither generic: the
// interpreter gave V the struct type of P, tag and all, by which fmt and
// json took a V for a P and called P's methods (String; a MarshalJSON
// calling json.Marshal(plain(u)) recursed without end). V's struct type
// is written out, with a tag of its own (redefinedStruct).
func redefinesStruct(info *types.Info, ts *ast.TypeSpec) (*types.Named, bool) {
	if info == nil || ts.Assign.IsValid() || ts.TypeParams != nil {
		return nil, false
	}
	if _, lit := ts.Type.(*ast.StructType); lit {
		return nil, false
	}
	p, ok := types.Unalias(info.TypeOf(ts.Type)).(*types.Named)
	if !ok || !structTagged(p) || p.TypeArgs().Len() > 0 {
		return nil, false
	}
	return p, true
}

// redefinedStruct returns the struct type of p, which ts declares its
// type by (see redefinesStruct), written out with a tag naming ts's type;
// ok is false where a field's type cannot be written at ts.
func (w *rewriter) redefinedStruct(ts *ast.TypeSpec, p *types.Named) (text string, ok bool) {
	info := w.info()
	st := p.Underlying().(*types.Struct)
	name := w.structTagName(info, ts) + hiddenFields(st)
	var fields []string
	for i := range st.NumFields() {
		f := st.Field(i)
		typ, ok := w.typeSource(f.Type(), ts.Pos())
		if !ok {
			return "", false
		}
		field := typ
		if !f.Embedded() {
			field = f.Name() + " " + typ
		}
		tag, ok := fieldTag(i, name, f.Embedded(), !f.Embedded() && !f.Exported(), st.Tag(i))
		switch {
		case ok:
			field += " " + tag
		case st.Tag(i) != "":
			field += " " + strconv.Quote(st.Tag(i))
		}
		fields = append(fields, field)
	}
	return "struct{ " + strings.Join(fields, "; ") + " }", true
}

// structTagName returns the name the tag of ts's first field gives its
// type (see structTags), ts declaring a struct type of fields (checked as
// info): the interpreter builds one reflect type for every struct type of
// the same fields written with the same name.
func (w *rewriter) structTagName(info *types.Info, ts *ast.TypeSpec) string {
	name := ts.Name.Name
	if obj := info.Defs[ts.Name]; obj != nil && obj.Parent() != nil && obj.Parent() != obj.Pkg().Scope() {
		// A type declared in a function: its name may be declared again
		// in another one, or in another input or file: where it is
		// declared tells them apart.
		h := fnv.New32a()
		h.Write([]byte(w.src.Position(w.offset(ts.Pos()))))
		name = fmt.Sprintf("%s@%08x", name, h.Sum32())
	}
	if ts.TypeParams != nil {
		name += "[]" // its instances share it
	} else if base, ok := hostrt.CopyBase(name); ok {
		// A copy of an instance (lower_typecopy.go) is the instance: the
		// code that names it by the generic type must find it.
		name = base + "[]"
	}
	return name
}

// structTagKeyOf is ReprKey's word for st, a struct type the program
// declares: its fields and the name its tag gives it, which tells it
// from the struct types of other declarations, in any input of a
// session, as the interpreter does. `type V P`, whose fields go/types
// shares with P, is told by V's name (redefNames). A struct type no
// check named (a function's, which no later input names) is told by the
// declaration of its first field.
func structTagKeyOf(n *types.Named, st *types.Struct, fields string) string {
	if name, ok := redefNames.lookup(n.Obj()); ok {
		return fields + "#" + name + "#"
	}
	f := st.Field(0).Origin()
	if name, ok := tagNames.lookup(f); ok {
		return fields + "#" + name + "#"
	}
	return fmt.Sprintf("%s#%p#", fields, f)
}

// reprIDs matches what structTagKeyOf adds to a type's text.
var reprIDs = regexp.MustCompile(`#[^#]*#`)

// tagNames are the names the tags of the struct types that checks
// declared give them (structTagName), by the first field of each. A check
// of a prompt's input declares the session's types again, from their
// text (sessionFile), where `type V P` reads as V's own struct type, as
// the interpreter has it (redefinedStruct); the names the session kept
// (sessionTypes.tags) are given to them. The fields are held weakly: a
// check's types go when it does.
var tagNames = &tagRegistry[types.Var]{m: map[weak.Pointer[types.Var]]string{}}

// redefNames are the names the tags of the struct types declared by
// another of the program's give them (type V P, see redefinedStruct), by
// the declared type's name: go/types gives V the fields of P.
var redefNames = &tagRegistry[types.TypeName]{m: map[weak.Pointer[types.TypeName]]string{}}

// A tagRegistry holds tag names by a types object, weakly.
type tagRegistry[K any] struct {
	mu sync.Mutex
	m  map[weak.Pointer[K]]string
}

// add records name as the tag name of the struct type whose first field
// (or declared name) is f.
func (r *tagRegistry[K]) add(f *K, name string) {
	k := weak.Make(f)
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.m[k]; !ok {
		runtime.AddCleanup(f, r.drop, k)
	}
	r.m[k] = name
}

func (r *tagRegistry[K]) drop(k weak.Pointer[K]) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.m, k)
}

// lookup returns the tag name recorded for the struct type whose first
// field (or declared name) is f.
func (r *tagRegistry[K]) lookup(f *K) (string, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	name, ok := r.m[weak.Make(f)]
	return name, ok
}

// registerTagNames records the tag names of the struct types that the
// package-level declarations of a check's files write: the segment's own
// (file) by structTagName, the session's (session, may be nil) by the
// names the session kept.
func (w *rewriter) registerTagNames(info *types.Info, file, session *ast.File, kept map[string]string) {
	each := func(f *ast.File, name func(*ast.TypeSpec) (string, bool)) {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, spec := range g.Specs {
				ts := spec.(*ast.TypeSpec)
				st, ok := info.TypeOf(ts.Type).(*types.Struct)
				if ts.Assign.IsValid() || !ok || st.NumFields() == 0 {
					continue
				}
				if _, lit := ts.Type.(*ast.StructType); !lit {
					continue // type V P: see below
				}
				if n, ok := name(ts); ok {
					tagNames.add(st.Field(0), n)
				}
			}
		}
	}
	each(file, func(ts *ast.TypeSpec) (string, bool) { return w.structTagName(info, ts), true })
	// type V P, also in a function: V's own, written out (redefinedStruct).
	ast.Inspect(file, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok {
			if _, ok := redefinesStruct(info, ts); ok {
				if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok {
					redefNames.add(tn, w.structTagName(info, ts))
				}
			}
		}
		return true
	})
	if session != nil {
		each(session, func(ts *ast.TypeSpec) (string, bool) {
			n, ok := kept[ts.Name.Name]
			return n, ok
		})
	}
}

// shownRepr returns key, a ReprKey, as a message shows it: without the
// declarations that tell struct types apart.
func shownRepr(key string) string { return reprIDs.ReplaceAllString(key, "") }
