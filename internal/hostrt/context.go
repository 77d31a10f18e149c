package hostrt

import (
	"context"
	"fmt"
	"reflect"
	"strings"
)

// A context.Context prints itself (fmt calls its String): a context made
// by WithValue names its key and value, by their String method or their
// type's name. A value of the program's reaches the context package as
// the interpreter's: its methods unseen, its type named by the
// interpreter's struct (*struct { Xname string ... } for a *main.key), so
// a context holding one printed the interpreter's internals.
// contextNode prints such a chain as the context package would, naming
// the program's values by the conversion of fmt's (see lower_fmtheld.go).

// contextNode returns the node of c, a context of the context package's
// (nil for any other value), whose text is the one its String gives with
// the program's keys and values named by dyn (see fmtDynIn).
func contextNode(v any, dyn func(any) any) *fmtNode {
	c, ok := v.(context.Context)
	if !ok || !contextPkgType(reflect.TypeOf(v)) {
		return nil
	}
	if _, ok := v.(fmt.Stringer); !ok {
		return nil
	}
	// (Written here, not when fmt calls String: a value the program's
	// conversion cannot tell panics, saying so, out of fmt, which would
	// print the panic as the String method's.)
	text := contextText(c, dyn)
	return &fmtNode{typ: reflect.TypeOf(v).String(), kind: 'b', raw: v, str: func() string { return text }}
}

// contextPkgType reports whether t is the context package's type, or a
// pointer to one.
func contextPkgType(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == "context"
}

// contextText is c's String, the program's values in its chain named by
// dyn: a WithValue context's text is written anew (the context package's
// stringify); any other's is its own, the text of the context it was
// made from replaced (a WithCancel's is that text and ".WithCancel").
func contextText(c context.Context, dyn func(any) any) string {
	s, ok := c.(fmt.Stringer)
	if !ok || !contextPkgType(reflect.TypeOf(c)) {
		return contextName(c)
	}
	e, ok := contextStruct(c)
	if !ok {
		return s.String()
	}
	parent, ok := contextParent(e)
	if !ok {
		return s.String() // Background, TODO
	}
	if e.Type().Name() == "valueCtx" {
		key, val := e.FieldByName("key"), e.FieldByName("val")
		if !key.IsValid() || !val.IsValid() {
			return s.String()
		}
		return contextText(parent, dyn) + ".WithValue(" + contextValueText(readable(key).Interface(), dyn) + ", " + contextValueText(readable(val).Interface(), dyn) + ")"
	}
	own, from := s.String(), contextName(parent)
	if !strings.HasPrefix(own, from) {
		return own
	}
	return contextText(parent, dyn) + own[len(from):]
}

// contextReprs is c, a value fmt prints: where c is a context of the
// context package's holding, as a WithValue value, a value whose type
// reflection names as one of the representations in reprs (pairs of a
// representation and the program's named type of it: "int",
// "main.Level"), it panics, saying so, at pos: the interpreter holds a
// value of that type as its representation, so its String or its type's
// name cannot be told.
func contextReprs(pos string, c any, reprs ...string) any {
	ctx, ok := c.(context.Context)
	for ok && contextPkgType(reflect.TypeOf(ctx)) {
		e, isStruct := contextStruct(ctx)
		if !isStruct {
			break
		}
		if f := e.FieldByName("val"); e.Type().Name() == "valueCtx" && f.IsValid() {
			// (A key of the program's type is one keys.go made, which
			// names its type.)
			if v := nilHeld(readable(f).Interface()); v != nil {
				t := reflect.TypeOf(unwrapHeld(v)).String()
				for i := 0; i+1 < len(reprs); i += 2 {
					if reprs[i] == t {
						panic(refused(&RuntimeError{Pos: pos, msg: fmt.Sprintf("repl: fmt of a context.Context holding a value of type %s, which may be a %s (the interpreter holds a %s as its %s), whose String or name the context prints; print the context where its values are of no such type, or give the type a shape of its own (a struct)", t, reprs[i+1], reprs[i+1], t)}))
					}
				}
			}
		}
		ctx, ok = contextParent(e)
	}
	return c
}

// contextStruct returns the struct c, a context of the context
// package's, is or points to, addressable (a context held by value, as
// WithoutCancel's, copied), so that its unexported fields may be read.
func contextStruct(c context.Context) (reflect.Value, bool) {
	e := reflect.ValueOf(c)
	if e.Kind() == reflect.Pointer && !e.IsNil() {
		e = e.Elem()
	}
	if e.Kind() != reflect.Struct {
		return reflect.Value{}, false
	}
	if !e.CanAddr() {
		cp := reflect.New(e.Type()).Elem()
		cp.Set(e)
		e = cp
	}
	return e, true
}

// contextParent returns the context that e, a context struct of the
// context package's, was made from: its first field of type
// context.Context, in it or in a struct it embeds (a timerCtx's
// cancelCtx).
func contextParent(e reflect.Value) (context.Context, bool) {
	ctxType := reflect.TypeFor[context.Context]()
	for i := range e.NumField() {
		f := e.Field(i)
		switch {
		case f.Type() == ctxType:
			if f.IsNil() {
				return nil, false
			}
			p, ok := readable(f).Interface().(context.Context)
			return p, ok
		case e.Type().Field(i).Anonymous && f.Kind() == reflect.Struct:
			if p, ok := contextParent(f); ok {
				return p, true
			}
		}
	}
	return nil, false
}

// contextName is the context package's contextName: c's String, or its
// type's name.
func contextName(c context.Context) string {
	if s, ok := c.(fmt.Stringer); ok {
		return s.String()
	}
	return reflect.TypeOf(c).String()
}

// contextValueText is the context package's stringify of v, a key or
// value of a WithValue context: its String where it has one, a string
// itself, else its type's name; a value of the program's as dyn
// converts it (its own String method, its type's Go name).
func contextValueText(v any, dyn func(any) any) string {
	v = nilHeld(v)
	if v == nil {
		return "<nil>"
	}
	k, key := v.(typedKey)
	if key {
		v = k.v // a key of the program's type (see keys.go)
	}
	if dyn != nil {
		if n, ok := dyn(v).(*fmtNode); ok {
			if n.str != nil {
				return n.str()
			}
			return n.typ
		}
	}
	if key {
		if _, ok := stringerKeys.Load(k.typ); ok {
			panic(refused(&RuntimeError{msg: "repl: fmt of a context.Context holding a key of type " + k.String() + ", a type with a String method that is not a struct: the interpreter holds the key as its representation, without the method, and the shell cannot call it; print the key where its type is known"}))
		}
		return k.String()
	}
	switch s := v.(type) {
	case fmt.Stringer:
		return s.String()
	case string:
		return s
	}
	if name := heldTypeName(v); name != "" {
		return name
	}
	if name := taggedName(reflect.TypeOf(v)); name != "" {
		return name // a struct of the program's without methods
	}
	return reflect.TypeOf(v).String()
}
