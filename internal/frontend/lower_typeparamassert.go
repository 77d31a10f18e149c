package frontend

import (
	"fmt"
	"go/ast"
	"go/types"
	"maps"
	"slices"
)

// Refused: a type assertion or type switch case to a type parameter, in a
// generic function or method instantiated with an interface.
//
// yaegi v0.16.1 instantiates a generic function with its type arguments in
// place, but an assertion x.(T), or a type switch case T, where T is an
// interface type argument, does not ask whether x's dynamic type
// implements it: with T = any, `case T` missed an int and the next case,
// `case int`, took it (Go's test/typeparam/typeswitch1.go printed "int"
// for "T"); with T = interface{ foo() } a value whose type has foo missed
// too; x.(T) panicked in reflection. With a concrete type argument it
// answers as Go does. The pass finds the type parameters of each generic
// function and generic type that such an assertion or case names (and,
// transitively, the type parameters passed on to them), and refuses an
// instantiation with an interface for one of them, at the instantiation,
// with the way around: assert to the interface outside the generic code,
// or instantiate with a concrete type. At the prompt the findings are the
// session's (sessionTypes.asserted), for instantiations in later inputs.
//
// The same marks, of the type parameters generic code converts to (T(x),
// PT(x) of the pointer-method idiom), refuse at the prompt and in a :load
// an instance of a generic function made with a type that is not
// predeclared (sessionTypes.converted): the interpreter cannot convert to
// it there, and a call without results ran nothing and said nothing (a
// script refuses the conversion itself, lower_paramname.go).

// refuseTypeParamAsserts refuses an instantiation with an interface of a
// type parameter the generic code asserts to, and one described above of
// a type parameter it converts to.
func (w *rewriter) refuseTypeParamAsserts() error {
	info := w.info()
	var pm *paramMarks
	var asserted map[string][]bool
	if c := w.plan.Checked; c != nil && c.Info == info {
		pm, asserted = c.assertMarks(w.file, w.fe.Types.asserted) // as the check found them
	} else {
		pm = newParamMarks(info, w.file)
		asserted = pm.marked(w.fe.Types.asserted, paramAsserts)
	}
	instances := pm.instances
	converted := pm.marked(w.fe.Types.converted, func(n ast.Node) []ast.Expr {
		if call, ok := n.(*ast.CallExpr); ok && paramConversion(info, call) != nil {
			return []ast.Expr{call.Fun}
		}
		return nil
	})
	if c := w.plan.Checked; c != nil {
		c.asserted, c.converted = asserted, converted
	}
	for _, id := range instances {
		marks := asserted[id.Name]
		if obj := info.Uses[id]; obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "main" || w.specialised(id) {
			continue
		}
		args := info.Instances[id].TypeArgs
		for i := 0; i < len(marks) && i < args.Len(); i++ {
			t := args.At(i)
			if !marks[i] || !types.IsInterface(t) || isTypeParam(t) {
				continue
			}
			return &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf(
				"%s instantiated with the interface %s for a type parameter it asserts to (x.(T) or case T): "+
					"the interpreter would not ask whether the value implements %s, and would match wrongly "+
					"(assert to the interface outside the generic code, or instantiate with a concrete type)",
				id.Name, types.TypeString(t, w.qualifier()), types.TypeString(t, w.qualifier()))}
		}
		if _, isFunc := info.Uses[id].(*types.Func); !isFunc || w.mode == ModeScript {
			// A script's is refused at the conversion
			// (lower_paramname.go); a generic type's method that
			// converts fails loudly when it runs (a value of the
			// instance, never calling it, is fine).
			continue
		}
		marks = converted[id.Name]
		for i := 0; i < len(marks) && i < args.Len(); i++ {
			t := args.At(i)
			if !marks[i] || isTypeParam(t) || !unnamedTypeArg(t) {
				continue
			}
			name := fmt.Sprint("#", i+1)
			if tps := typeParamsOf(info.Uses[id]); tps != nil && i < tps.Len() {
				name = tps.At(i).Obj().Name()
			}
			return &Error{Pos: w.src.Position(w.offset(id.Pos())), Msg: fmt.Sprintf(
				"%s instantiated with %s for its type parameter %s, which its code (or generic code it hands it to) converts to (%s(x)): "+
					"the interpreter cannot convert to a type parameter whose type is not a predeclared one (int, string, ...), "+
					"and would fail or skip the call; pass the conversion in as a function (conv func(...) %s)",
				id.Name, types.TypeString(t, w.qualifier()), name, name, name)}
		}
	}
	return nil
}

// paramMarks finds, in a file's generic declarations, the type
// parameters their code does something with (asserts to, converts to),
// passed on through the instantiations in generic code.
type paramMarks struct {
	info *types.Info
	file *ast.File
	// owner maps each type parameter the file declares to its generic
	// function or type (by name, as the session keys it) and its index.
	owner map[*types.TypeName]typeParamAt
	// decls are the generic declarations, by owner name.
	decls map[string][]ast.Node
	// instances are the file's instantiations, in the order of the text.
	instances []*ast.Ident
}

// typeParamAt is a type parameter: its generic function or type, and its
// index there.
type typeParamAt struct {
	owner string
	index int
}

func newParamMarks(info *types.Info, file *ast.File) *paramMarks {
	pm := &paramMarks{info: info, file: file, owner: map[*types.TypeName]typeParamAt{}, decls: map[string][]ast.Node{}}
	declare := func(name string, list *ast.FieldList) {
		if list == nil {
			return
		}
		i := 0
		for _, f := range list.List {
			for _, id := range f.Names {
				if tn, ok := info.Defs[id].(*types.TypeName); ok {
					pm.owner[tn] = typeParamAt{name, i}
				}
				i++
			}
		}
	}
	for _, d := range file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				if d.Type.TypeParams != nil {
					declare(d.Name.Name, d.Type.TypeParams)
					pm.decls[d.Name.Name] = append(pm.decls[d.Name.Name], d)
				}
				continue
			}
			// A method of a generic type: its receiver names the type's
			// parameters, in order.
			name, params := recvTypeParams(d.Recv.List[0].Type)
			if name == "" || len(params) == 0 {
				continue
			}
			for i, id := range params {
				if tn, ok := info.Defs[id].(*types.TypeName); ok {
					pm.owner[tn] = typeParamAt{name, i}
				}
			}
			pm.decls[name] = append(pm.decls[name], d)
		}
	}
	pm.instances = slices.SortedFunc(maps.Keys(info.Instances), func(a, b *ast.Ident) int { return int(a.Pos() - b.Pos()) })
	return pm
}

// assertMarks returns the check's paramMarks of file and the type
// parameters its generic code asserts to (marked with paramAsserts, from
// session's), made once for the check and the lowering both.
func (c *Checked) assertMarks(file *ast.File, session map[string][]bool) (*paramMarks, map[string][]bool) {
	if c.params == nil {
		c.params = newParamMarks(c.Info, file)
		c.paramAsserted = c.params.marked(session, paramAsserts)
	}
	return c.params, c.paramAsserted
}

// paramOf returns the type parameter the file declared that t is.
func (pm *paramMarks) paramOf(t types.Type) (typeParamAt, bool) {
	if tp, ok := t.(*types.TypeParam); ok {
		p, ok := pm.owner[tp.Obj()]
		return p, ok
	}
	return typeParamAt{}, false
}

// marked returns, by generic function or type, its type parameters that
// find reports of its code, with the session's marks, passed on by
// instantiations inside generic code with its own type parameters, until
// nothing changes.
func (pm *paramMarks) marked(session map[string][]bool, find func(n ast.Node) []ast.Expr) map[string][]bool {
	marked := map[string][]bool{}
	for name, marks := range session {
		marked[name] = slices.Clone(marks)
	}
	for _, d := range pm.file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
			delete(marked, fd.Name.Name) // declared again: its marks are its own
		}
	}
	mark := func(p typeParamAt) bool {
		marks := marked[p.owner]
		for len(marks) <= p.index {
			marks = append(marks, false)
		}
		marked[p.owner] = marks
		if marks[p.index] {
			return false
		}
		marks[p.index] = true
		return true
	}
	for _, nodes := range pm.decls {
		for _, d := range nodes {
			ast.Inspect(d, func(n ast.Node) bool {
				for _, e := range find(n) {
					if p, ok := pm.paramOf(pm.info.TypeOf(e)); ok {
						mark(p)
					}
				}
				return true
			})
		}
	}
	for changed := true; changed; {
		changed = false
		for _, id := range pm.instances {
			marks := marked[id.Name]
			args := pm.info.Instances[id].TypeArgs
			for i := 0; i < len(marks) && i < args.Len(); i++ {
				if p, ok := pm.paramOf(args.At(i)); ok && marks[i] && mark(p) {
					changed = true
				}
			}
		}
	}
	return marked
}

// paramAsserts returns the types n asserts to: an assertion's, a type
// switch's cases.
func paramAsserts(n ast.Node) []ast.Expr {
	var asserts []ast.Expr
	switch n := n.(type) {
	case *ast.TypeAssertExpr:
		if n.Type != nil {
			asserts = append(asserts, n.Type)
		}
	case *ast.TypeSwitchStmt:
		for _, s := range n.Body.List {
			asserts = append(asserts, s.(*ast.CaseClause).List...)
		}
	}
	return asserts
}

// unnamedTypeArg reports whether the interpreter finds no name for t, a
// type argument, inside generic code: t is not a predeclared type.
func unnamedTypeArg(t types.Type) bool {
	if _, basic := types.Unalias(t).(*types.Basic); basic || t == types.Universe.Lookup("error").Type() {
		return false
	}
	i, ok := types.Unalias(t).(*types.Interface)
	return !ok || !i.Empty()
}

// typeParamsOf returns the type parameters of obj, a generic function or
// type.
func typeParamsOf(obj types.Object) *types.TypeParamList {
	switch o := obj.(type) {
	case *types.Func:
		return o.Signature().TypeParams()
	case *types.TypeName:
		if n, ok := types.Unalias(o.Type()).(*types.Named); ok {
			return n.TypeParams()
		}
	}
	return nil
}

// recvTypeParams returns the name of a method's receiver type and the
// identifiers of the type parameters it names (T and K, V of *List[T]
// and Map[K, V]).
func recvTypeParams(recv ast.Expr) (string, []*ast.Ident) {
	if star, ok := recv.(*ast.StarExpr); ok {
		recv = star.X
	}
	recv, idx := unpackIndex(recv)
	name, ok := recv.(*ast.Ident)
	if !ok {
		return "", nil
	}
	var ids []*ast.Ident
	for _, e := range idx {
		id, ok := e.(*ast.Ident)
		if !ok {
			return "", nil
		}
		ids = append(ids, id)
	}
	return name.Name, ids
}
