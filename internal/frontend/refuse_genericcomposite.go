package frontend

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"regexp"
	"slices"
	"strings"
)

// Generic code that hands a value made of its type parameters to an
// interface.
//
// The lowerings of fmt, log and encoding/json (lower_fmt*.go,
// lower_json*.go) convert a value of the program's types by its static
// type. In generic code the static type of vs in func Print[T any](vs
// []T) is []T, and yaegi v0.16.1 holds a []Color as a []int: Print with
// a []Color printed [1 0] where Go prints [green red] (Color has a
// String method), %T of a []T said []int, json.Marshal of a T = Item
// ignored the MarshalText of Item's field, json.Unmarshal into &v (var v
// T) its UnmarshalText, and a method of a generic type printing its
// []T field or its []*Tree[T] children did the same, and the errors of
// json.Unmarshal or a Decoder's Decode into a *T named the
// representation ("of type int" for main.Port). A value of T itself
// prints right. So in a script such a generic function is
// written out for each instantiation whose type arguments, or whose
// values handed over, are made of the program's types
// (lower_specialise.go), and such a generic type with its methods
// (lower_typecopy.go): in the copies the values have types written out,
// which the lowerings convert.
//
// At the prompt and in :load nothing is written out (an input cannot
// add to an earlier one), nor in a script beyond the copies' bounds or
// with type arguments declared in a function: the instantiation of such
// a function or type with a type argument made of a type of the
// program's that fmt or encoding/json would show otherwise (one with a
// method String, Error, Format, GoString, MarshalJSON, MarshalText,
// UnmarshalJSON or UnmarshalText, or any type of the program's where
// the code shows type names: %T, %#v, reflect) is refused, naming it,
// where the values handed over are made of the generic code's types, and
// the way around.

// compositeUse is what generic code (a function, or the methods of a
// generic type) hands to interfaces: the types made of its type
// parameters of the values, one of them as written, whether it shows
// type names, and whether the values' types are themselves made of a
// type of the program's fmt or encoding/json shows (*Tree[T] with a
// String method) whatever the type arguments.
type compositeUse struct {
	types []types.Type
	text  string
	shows bool
	own   bool
	fmt   bool // a value goes elsewhere than to encoding/json
}

// showsTypeNames matches a format verb that shows a type's name: %T, %#v.
var showsTypeNames = regexp.MustCompile(`%[-+ 0-9.*\[\]]*T|%[-+ 0-9.*\[\]#]*#[-+ 0-9.*\[\]#]*v`)

// passedComposites returns what the body of generic code, whose results
// are results, hands to interfaces without methods (fmt's, json's, any): arguments of calls, conversions,
// assignments, declarations, returns, composite literals' elements and
// channel sends, of a type that mentions a type parameter and is not one
// (nor a func or a channel, which fmt prints as an address).
func passedComposites(info *types.Info, body *ast.BlockStmt, results *types.Tuple) compositeUse {
	var use compositeUse
	if body == nil {
		return use
	}
	composite := func(t types.Type) bool {
		if t == nil || types.IsInterface(t) {
			return false
		}
		switch t.Underlying().(type) {
		case *types.Signature, *types.Chan:
			return false // printed as an address, encoded as an error
		}
		_, bare := types.Unalias(t).(*types.TypeParam)
		return !bare && hasTypeParam(t)
	}
	bareToo := false // a value of a type parameter counts (encoding/json)
	inJSON := false  // the interface is a parameter of encoding/json
	toIface := func(dst types.Type, x ast.Expr) {
		if dst == nil || isTypeParam(dst) {
			return
		}
		if iface, ok := dst.Underlying().(*types.Interface); !ok || iface.NumMethods() > 0 {
			return // an interface with methods calls them
		}
		if t := info.TypeOf(x); composite(t) || bareToo && isTypeParam(t) {
			use.types = append(use.types, t)
			use.fmt = use.fmt || !inJSON
			if use.text == "" {
				use.text = typeString(t)
			}
		}
	}
	var walk func(n ast.Node, results *types.Tuple)
	walk = func(n ast.Node, results *types.Tuple) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				if sig, ok := info.TypeOf(n).(*types.Signature); ok {
					walk(n.Body, sig.Results())
				}
				return false
			case *ast.ReturnStmt:
				if results != nil && len(n.Results) == results.Len() {
					for i, r := range n.Results {
						toIface(results.At(i).Type(), r)
					}
				}
			case *ast.CallExpr:
				if tv, ok := info.Types[ast.Unparen(n.Fun)]; ok && tv.IsType() {
					if len(n.Args) == 1 {
						toIface(tv.Type, n.Args[0])
					}
					break
				}
				t := info.TypeOf(n.Fun)
				if t == nil {
					break
				}
				sig, ok := t.Underlying().(*types.Signature)
				if !ok {
					break
				}
				params := sig.Params()
				fn, _ := calledFunc(info, n.Fun).(*types.Func)
				// encoding/json misses the methods of the fields of a T
				// too (T = Item{Level}).
				bareToo = fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json"
				inJSON = bareToo
				if bareToo && (fn.Name() == "Unmarshal" || fn.Name() == "Decode") {
					// Its errors name the target's types ("cannot
					// unmarshal string into Go value of type
					// main.Port"), which the interpreter's do not.
					for _, a := range n.Args {
						if t := info.TypeOf(a); composite(t) || isTypeParam(t) {
							use.shows = true
						}
					}
				}
				for i, a := range n.Args {
					if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "sort" && strings.HasPrefix(fn.Name(), "Slice") {
						// sort.Slice swaps the elements, never shows them.
						break
					}
					if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "reflect" {
						// reflect.ValueOf(t) of a t *T: what it shows,
						// lower_reflect*.go sees to; copies of such code
						// the interpreter ran wrongly (Go's
						// test/typeparam/issue48042.go).
						break
					}
					switch {
					case sig.Variadic() && i >= params.Len()-1:
						if s, ok := params.At(params.Len() - 1).Type().Underlying().(*types.Slice); ok && !n.Ellipsis.IsValid() {
							toIface(s.Elem(), a)
						}
					case i < params.Len():
						toIface(params.At(i).Type(), a)
					}
				}
				bareToo, inJSON = false, false
				if fn != nil && fn.Pkg() != nil && (fn.Pkg().Path() == "fmt" || fn.Pkg().Path() == "log") && strings.HasSuffix(fn.Name(), "f") {
					// A format not known here may show type names.
					for i, a := range n.Args {
						if i < params.Len() && types.Identical(params.At(i).Type(), types.Typ[types.String]) {
							if tv, ok := info.Types[a]; ok && tv.Value == nil {
								use.shows = true
							}
						}
					}
				}
			case *ast.AssignStmt:
				if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
					for i := range n.Lhs {
						toIface(info.TypeOf(n.Lhs[i]), n.Rhs[i])
					}
				}
			case *ast.ValueSpec:
				if n.Type != nil && len(n.Values) == len(n.Names) {
					for _, v := range n.Values {
						toIface(info.TypeOf(n.Type), v)
					}
				}
			case *ast.SendStmt:
				if ch, ok := coreType(info.TypeOf(n.Chan)).(*types.Chan); ok {
					toIface(ch.Elem(), n.Value)
				}
			case *ast.CompositeLit:
				t := coreType(info.TypeOf(n))
				for i, e := range n.Elts {
					kv, isKV := e.(*ast.KeyValueExpr)
					v := e
					if isKV {
						v = kv.Value
					}
					switch t := t.(type) {
					case *types.Slice:
						toIface(t.Elem(), v)
					case *types.Array:
						toIface(t.Elem(), v)
					case *types.Map:
						if isKV {
							toIface(t.Key(), kv.Key)
						}
						toIface(t.Elem(), v)
					case *types.Struct:
						if isKV {
							if id, ok := kv.Key.(*ast.Ident); ok {
								for f := range t.Fields() {
									if f.Name() == id.Name {
										toIface(f.Type(), v)
									}
								}
							}
						} else if i < t.NumFields() {
							toIface(t.Field(i).Type(), v)
						}
					}
				}
			case *ast.BasicLit:
				if n.Kind == token.STRING && showsTypeNames.MatchString(n.Value) {
					use.shows = true
				}
			case *ast.Ident:
				if pn, ok := info.Uses[n].(*types.PkgName); ok && pn.Imported().Path() == "reflect" {
					use.shows = true
				}
			}
			return true
		})
	}
	walk(body, results)
	for _, t := range use.types {
		use.own = use.own || needsExact(t, use.shows, use.fmt)
	}
	return use
}

// coreType returns t's underlying type, or the core type of a type
// parameter's constraint.
func coreType(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if tp, ok := types.Unalias(t).(*types.TypeParam); ok {
		var core types.Type
		iface, _ := tp.Constraint().Underlying().(*types.Interface)
		if iface == nil {
			return nil
		}
		for e := range iface.EmbeddedTypes() {
			u, ok := e.Underlying().(*types.Union)
			if !ok {
				if !types.IsInterface(e) {
					core = e.Underlying()
				}
				continue
			}
			for term := range u.Terms() {
				if core != nil && !types.Identical(core, term.Type().Underlying()) {
					return nil
				}
				core = term.Type().Underlying()
			}
		}
		return core
	}
	return t.Underlying()
}

// programType reports whether t is a named type of the program's.
func programType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main"
}

// madeOfProgramTypes reports whether t is, or is made of, a named type of
// the program's.
func madeOfProgramTypes(t types.Type) bool { return madeOf(t, programType) }

// jsonCalled are the methods encoding/json calls, fmtCalled those fmt
// calls.
var (
	jsonCalled = []string{"MarshalJSON", "MarshalText", "UnmarshalJSON", "UnmarshalText"}
	fmtCalled  = []string{"String", "Error", "Format", "GoString"}
)

// needsExact reports whether t is, or is made of, a type of the
// program's that fmt or encoding/json shows otherwise than its
// representation: one with a method they call (fmt's only where byFmt),
// or any where the code shows type names.
func needsExact(t types.Type, shows, byFmt bool) bool {
	return madeOf(t, func(u types.Type) bool {
		if !programType(u) || types.IsInterface(u) {
			return false
		}
		if shows {
			return true
		}
		ms := types.NewMethodSet(types.NewPointer(u))
		has := func(m string) bool { return ms.Lookup(nil, m) != nil }
		return slices.ContainsFunc(jsonCalled, has) || byFmt && slices.ContainsFunc(fmtCalled, has)
	})
}

// genericCode returns d and the name its code goes by where d is a
// generic function with a body (its name) or a method of a generic type
// (the type's name).
func (w *rewriter) genericCode(d ast.Decl) (*ast.FuncDecl, string, bool) {
	fd, ok := d.(*ast.FuncDecl)
	if !ok || fd.Body == nil {
		return nil, "", false
	}
	if fd.Recv != nil {
		name := recvBase(fd)
		return fd, name, name != "" && w.isGenericType(name)
	}
	return fd, fd.Name.Name, fd.Type.TypeParams != nil
}

// genericComposites returns what the file's generic functions, and the
// methods of its generic types (by the type's name), hand to interfaces,
// where they hand over values made of their type parameters.
func (w *rewriter) genericComposites() map[string]compositeUse {
	info := w.info()
	out := map[string]compositeUse{}
	for _, d := range w.file.Decls {
		fd, name, ok := w.genericCode(d)
		if !ok {
			continue
		}
		fn, ok := info.Defs[fd.Name].(*types.Func)
		if !ok {
			continue
		}
		use := passedComposites(info, fd.Body, fn.Signature().Results())
		if len(use.types) == 0 {
			continue
		}
		prev := out[name]
		prev.types = append(prev.types, use.types...)
		if prev.text == "" {
			prev.text = use.text
		}
		prev.shows = prev.shows || use.shows
		prev.own = prev.own || use.own
		prev.fmt = prev.fmt || use.fmt
		out[name] = prev
	}
	// Generic code that instantiates such a function of the file with
	// its own type parameters (a method calling Print(s.items)) hands
	// them on: its instances are the function's.
	for range 4 {
		changed := false
		for _, d := range w.file.Decls {
			fd, name, ok := w.genericCode(d)
			if !ok {
				continue
			}
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				id, ok := n.(*ast.Ident)
				if !ok {
					return true
				}
				inst, ok := info.Instances[id]
				fn, isFunc := info.Uses[id].(*types.Func)
				if !ok || !isFunc || fn.Pkg() == nil || fn.Pkg().Path() != "main" || fn.Parent() != fn.Pkg().Scope() || fn.Name() == name {
					return true
				}
				callee, ok := out[fn.Name()]
				if sc := w.fe.composites[fn.Name()]; !ok && sc.text != "" && !w.declares(fn.Name()) {
					// Declared by an earlier input.
					callee, ok = compositeUse{text: sc.text, shows: sc.shows, own: sc.own, fmt: sc.fmt}, true
				}
				if !ok {
					return true
				}
				use := out[name]
				for t := range inst.TypeArgs.Types() {
					if hasTypeParam(t) && !slices.ContainsFunc(use.types, func(u types.Type) bool { return types.Identical(t, u) }) {
						use.types = append(use.types, t)
						changed = true
					}
				}
				if use.text == "" {
					use.text = callee.text
				}
				use.shows, use.own, use.fmt = use.shows || callee.shows, use.own || callee.own, use.fmt || callee.fmt
				out[name] = use
				return true
			})
		}
		if !changed {
			break
		}
	}
	return out
}

// isGenericType reports whether the package declares name as a generic
// type.
func (w *rewriter) isGenericType(name string) bool {
	tn, ok := w.plan.Checked.pkg.Scope().Lookup(name).(*types.TypeName)
	if !ok {
		return false
	}
	n, ok := types.Unalias(tn.Type()).(*types.Named)
	return ok && n.TypeParams().Len() > 0
}

// sessionComposite is what the session remembers of a generic function
// or type of an earlier input that hands values made of its type
// parameters to interfaces (see compositeUse), and of a generic type the
// instances made with the program's types, for methods a later input
// adds: shown, with types fmt or encoding/json shows otherwise; named,
// with any.
type sessionComposite struct {
	text            string
	shows, own, fmt bool
	shown, named    []string
}

// refuseGenericComposites returns the error for the segment's first
// instantiation described above that is not written out, and records the
// segment's generic code for later inputs.
func (w *rewriter) refuseGenericComposites() error {
	info := w.info()
	uses := w.genericComposites()
	w.plan.composites = map[string]sessionComposite{}
	declared := map[string]bool{}
	for _, d := range w.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Type.TypeParams != nil {
				declared[d.Name.Name] = true
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok && ts.TypeParams != nil {
					declared[ts.Name.Name] = true
				}
			}
		}
	}
	for name := range declared {
		w.plan.composites[name] = sessionComposite{} // declared again
	}
	for name, u := range uses {
		sc := w.plan.composites[name]
		if !declared[name] {
			sc = w.fe.composites[name] // methods of an earlier input's type
		}
		if sc.text == "" {
			sc.text = u.text
		}
		sc.shows, sc.own, sc.fmt = sc.shows || u.shows, sc.own || u.own, sc.fmt || u.fmt
		w.plan.composites[name] = sc
	}
	lookup := func(name string) (sessionComposite, bool) {
		if sc, ok := w.plan.composites[name]; ok {
			return sc, true
		}
		sc, ok := w.fe.composites[name]
		return sc, ok
	}
	ids := slices.SortedFunc(maps.Keys(info.Instances), func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) })
	for _, id := range ids {
		obj := info.Uses[id]
		if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "main" || obj.Parent() != obj.Pkg().Scope() {
			continue
		}
		if w.fset.File(id.Pos()) != w.fset.File(w.file.Pos()) || w.specialised(id) || w.wholeSpecialised(id) || w.inWrittenOut(id) {
			continue // not the user's text, or written out
		}
		args := slices.Collect(info.Instances[id].TypeArgs.Types())
		if slices.ContainsFunc(args, hasTypeParam) {
			continue // made with the enclosing code's instances
		}
		sc, _ := lookup(obj.Name())
		if _, isType := obj.(*types.TypeName); isType && w.mode != ModeScript {
			inst := obj.Name() + "[" + argList(args) + "]"
			if slices.ContainsFunc(args, func(t types.Type) bool { return needsExact(t, false, true) }) {
				sc.shown = append(sc.shown, inst)
			}
			if slices.ContainsFunc(args, madeOfProgramTypes) {
				sc.named = append(sc.named, inst)
			}
			w.plan.composites[obj.Name()] = sc
		}
		if sc.text == "" {
			continue
		}
		bad := sc.own
		for _, a := range args {
			bad = bad || needsExact(a, sc.shows, sc.fmt)
		}
		if !bad {
			continue
		}
		return &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf(
			"%s[%s]: %s hands values of %s to fmt, encoding/json or another interface, and instantiated with %s the interpreter would show them as their representation, without the methods or type names Go shows; %s",
			obj.Name(), argList(args), obj.Name(), sc.text, argList(args), w.compositeWay())}
	}
	// A method a later input adds to a generic type instantiated with the
	// program's types before.
	if w.mode != ModeScript {
		for _, d := range w.file.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil {
				continue
			}
			base := recvBase(fd)
			prev, ok := w.fe.composites[base]
			if !ok || declared[base] {
				continue
			}
			use := w.methodUse(fd)
			made := prev.shown
			if use.shows {
				made = prev.named
			}
			if len(use.types) > 0 && (len(made) > 0 || use.own && len(prev.named) > 0) {
				if len(made) == 0 {
					made = prev.named
				}
				return &Error{Pos: w.src.Position(w.offset(fd.Name.Pos())), Msg: fmt.Sprintf(
					"method %s of %s: it hands values of %s to fmt, encoding/json or another interface, and an earlier input made %s, for which the interpreter would show them as their representation, without the methods or type names Go shows; %s",
					fd.Name.Name, base, use.text, made[0], w.compositeWay())}
			}
		}
	}
	return nil
}

// methodUse returns what the method fd hands to interfaces.
func (w *rewriter) methodUse(fd *ast.FuncDecl) compositeUse {
	fn, ok := w.info().Defs[fd.Name].(*types.Func)
	if !ok {
		return compositeUse{}
	}
	return passedComposites(w.info(), fd.Body, fn.Signature().Results())
}

// compositeWay says the way around the refusal.
func (w *rewriter) compositeWay() string {
	if w.mode == ModeScript {
		return "declare the type argument at the package level, or write the code for the type argument rather than generic (func Print(vs []Color), not Print[T])"
	}
	return "run the program as a script (asyncrepl FILE.go), where generic code is written out for its type arguments, or write the code for the type argument rather than generic (func Print(vs []Color), not Print[T])"
}

// argList writes types as a list of type arguments, without brackets.
func argList(ts []types.Type) string {
	var s []string
	for _, t := range ts {
		s = append(s, typeString(t))
	}
	return strings.Join(s, ", ")
}

// declares reports whether the file declares a function or type named
// name at the package level.
func (w *rewriter) declares(name string) bool {
	for _, d := range w.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Name.Name == name {
				return true
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok && ts.Name.Name == name {
					return true
				}
			}
		}
	}
	return false
}
