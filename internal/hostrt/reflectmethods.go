package hostrt

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// The run-time half of the lowering of reflection's method sets (see the
// front end's lower_reflectmethods.go).
//
// yaegi v0.16.1 builds the program's types with reflect.StructOf and
// friends, which make types without methods: reflection said NumMethod 0
// for a type with methods, Method(0) panicked, MethodByName found nothing
// and Implements said false. The lowered code registers the exported
// methods of the program's types as it declares them (Method), each as a
// function of the receiver giving the method value, under the type the
// interpreter builds for the receiver; the reflect calls that read method
// sets (NumMethod, Method, MethodByName, Implements, AssignableTo and
// ConvertibleTo to an interface, of reflect.Type and reflect.Value) go
// through the helpers below, which answer from the registry for those
// types, as Go does (exported methods only, sorted by name, a pointer's
// set with the value's), and as reflection does for every other type.
//
// The front end lets the calls through only where no two types the
// program hands to reflection share the interpreter's representation with
// different methods (type M int with methods, and int); here, two of the
// program's types registered under one representation are refused when
// asked about, as is a type the interpreter builds for an interface of
// the program's (a struct of its own).

// regMethod is a registered method: bind, a function of the receiver's
// type, gives the method value.
type regMethod struct {
	name string
	ptr  bool // a pointer receiver: in the pointer's method set only
	bind reflect.Value
	typ  reflect.Type // the method value's type (made on first use)
}

// regType is the methods registered for one representation.
type regType struct {
	owner, other string // the program's type, and another registered alike
	methods      []*regMethod
}

// methodRegistry holds the program's method sets by the types the
// interpreter built.
type methodRegistry struct {
	mu     sync.Mutex
	byType map[reflect.Type]*regType
}

// register adds the exported method name of the program's type owner.
func (r *methodRegistry) register(owner, name string, ptr bool, bind any) {
	bv := reflect.ValueOf(bind)
	recv := bv.Type().In(0)
	if ptr {
		recv = recv.Elem()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.byType == nil {
		r.byType = map[reflect.Type]*regType{}
	}
	rt := r.byType[recv]
	if rt == nil {
		rt = &regType{owner: owner}
		r.byType[recv] = rt
	}
	if rt.owner != owner {
		rt.other = owner
		return
	}
	m := &regMethod{name: name, ptr: ptr, bind: bv}
	i, found := slices.BinarySearchFunc(rt.methods, name, func(m *regMethod, n string) int { return strings.Compare(m.name, n) })
	if found {
		rt.methods[i] = m // declared again at the prompt
	} else {
		rt.methods = slices.Insert(rt.methods, i, m)
	}
}

// set returns the methods of t as reflection should list them, whether t
// is a pointer to the registered type, and whether t is registered; it
// panics, refusing, where it cannot tell.
func (r *methodRegistry) set(pos string, t reflect.Type, what string) (ms []*regMethod, ptr, ok bool) {
	if t == nil {
		return nil, false, false
	}
	if isInterpIface(t) {
		panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: %s of the interpreter's own interface value (%s): the interpreter builds the program's interface types so, and holds so a value of the program's in an interface that reflection reached (a field or element of an interface type); reflection would answer wrongly: use a compiled interface type (fmt.Stringer), or ask of the concrete type", what, pos)}))
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	rt := r.byType[t]
	if rt == nil && t.Kind() == reflect.Pointer {
		if rt = r.byType[t.Elem()]; rt != nil {
			ptr = true
		}
	}
	if rt == nil {
		return nil, false, false
	}
	if rt.other != "" {
		panic(refused(&RuntimeError{msg: fmt.Sprintf("repl: %s (%s): the interpreter holds %s and %s alike (as %s), so reflection cannot tell their methods apart; give one type a shape of its own (a struct with a field no other type has)", what, pos, rt.owner, rt.other, t)}))
	}
	for _, m := range rt.methods {
		if ptr || !m.ptr {
			ms = append(ms, m)
		}
	}
	return ms, ptr, true
}

// isInterpIface reports whether t is the interpreter's own interface
// value's type, which it builds for the program's interface types (and
// which reflect.TypeOf of a value of the program's held in an interface
// gives).
func isInterpIface(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.PkgPath() == "github.com/traefik/yaegi/interp" && t.Name() == "valueInterface"
}

// bareValue returns the value x holds where x is the interpreter's
// interface value or the shell's box of an error, else x.
func bareValue(x any) any {
	if b, ok := asBox(x); ok {
		x = b.v
	}
	return unwrapHeld(nilHeld(x))
}

// valueType returns the type of m's method value.
func (m *regMethod) valueType() reflect.Type {
	if m.typ == nil {
		// A receiver whose embedded pointers point to zero values, so
		// that a promoted method's value can be made.
		recv := m.bind.Type().In(0)
		var v reflect.Value
		if recv.Kind() == reflect.Pointer {
			v = reflect.New(recv.Elem())
			fillEmbedded(v.Elem(), 8)
		} else {
			v = reflect.New(recv).Elem()
			fillEmbedded(v, 8)
		}
		m.typ = m.bind.Call([]reflect.Value{v})[0].Elem().Type()
	}
	return m.typ
}

// fillEmbedded points the nil pointers of v's embedded fields, to a depth,
// to new zero values.
func fillEmbedded(v reflect.Value, depth int) {
	if depth == 0 || v.Kind() != reflect.Struct {
		return
	}
	for i := range v.NumField() {
		f := v.Field(i)
		if !v.Type().Field(i).Anonymous || !f.CanSet() {
			continue
		}
		if f.Kind() == reflect.Pointer && f.IsNil() && f.Type().Elem().Kind() == reflect.Struct {
			f.Set(reflect.New(f.Type().Elem()))
		}
		if f.Kind() == reflect.Pointer {
			f = f.Elem()
		}
		fillEmbedded(f, depth-1)
	}
}

// bound returns m's method value for the receiver v (of the registered
// type, or a pointer to it).
func (m *regMethod) bound(v reflect.Value) reflect.Value {
	if v.Type() != m.bind.Type().In(0) {
		if v.Kind() == reflect.Pointer && v.IsNil() {
			panic(&RuntimeError{msg: "value method " + m.name + " called using nil pointer", kind: panicNilDeref})
		}
		v = v.Elem()
	}
	return m.bind.Call([]reflect.Value{v})[0].Elem()
}

// method returns m as reflect.Type's Method gives it for the receiver
// type recv: a function of the receiver and the method's parameters.
func (m *regMethod) method(recv reflect.Type, i int) reflect.Method {
	mt := m.valueType()
	in := []reflect.Type{recv}
	for j := range mt.NumIn() {
		in = append(in, mt.In(j))
	}
	var out []reflect.Type
	for j := range mt.NumOut() {
		out = append(out, mt.Out(j))
	}
	ft := reflect.FuncOf(in, out, mt.IsVariadic())
	fn := reflect.MakeFunc(ft, func(args []reflect.Value) []reflect.Value {
		f := m.bound(args[0])
		if ft.IsVariadic() {
			return f.CallSlice(args[1:])
		}
		return f.Call(args[1:])
	})
	return reflect.Method{Name: m.name, Type: ft, Func: fn, Index: i}
}

// implements reports whether methods ms have every method of the
// interface type u.
func implements(ms []*regMethod, u reflect.Type) bool {
	for k := range u.NumMethod() {
		um := u.Method(k)
		if !um.IsExported() {
			return false
		}
		i := slices.IndexFunc(ms, func(m *regMethod) bool { return m.name == um.Name })
		if i < 0 || ms[i].valueType() != um.Type {
			return false
		}
	}
	return true
}

// reflectExports are the helpers the lowered reflect calls call.
func (r *methodRegistry) reflectExports() map[string]reflect.Value {
	numMethod := func(pos string, t reflect.Type) int {
		if t != nil && t.Kind() != reflect.Interface {
			if ms, _, ok := r.set(pos, t, "NumMethod"); ok {
				return len(ms)
			}
		}
		return t.NumMethod()
	}
	method := func(pos string, t reflect.Type, i int) reflect.Method {
		if t != nil && t.Kind() != reflect.Interface {
			if ms, _, ok := r.set(pos, t, "Method"); ok {
				if i < 0 || i >= len(ms) {
					panic("reflect: Method index out of range")
				}
				return ms[i].method(t, i)
			}
		}
		return t.Method(i)
	}
	methodByName := func(pos string, t reflect.Type, name string) (reflect.Method, bool) {
		if t != nil && t.Kind() != reflect.Interface {
			if ms, _, ok := r.set(pos, t, "MethodByName"); ok {
				for i, m := range ms {
					if m.name == name {
						return m.method(t, i), true
					}
				}
				return reflect.Method{}, false
			}
		}
		return t.MethodByName(name)
	}
	// toIface answers Implements, and AssignableTo and ConvertibleTo to
	// an interface type, for a registered t (ok false for others).
	toIface := func(pos string, t, u reflect.Type, what string) (yes, ok bool) {
		if u != nil && isInterpIface(u) {
			r.set(pos, u, what) // refused
		}
		if t == nil || u == nil || u.Kind() != reflect.Interface || t.Kind() == reflect.Interface {
			return false, false
		}
		ms, _, ok := r.set(pos, t, what)
		if !ok {
			return false, false
		}
		return implements(ms, u), true
	}
	implementsT := func(pos string, t, u reflect.Type) bool {
		if yes, ok := toIface(pos, t, u, "Implements"); ok {
			return yes
		}
		return t.Implements(u)
	}
	assignableTo := func(pos string, t, u reflect.Type) bool {
		if yes, ok := toIface(pos, t, u, "AssignableTo"); ok {
			return yes
		}
		return t.AssignableTo(u)
	}
	convertibleTo := func(pos string, t, u reflect.Type) bool {
		if yes, ok := toIface(pos, t, u, "ConvertibleTo"); ok {
			return yes
		}
		return t.ConvertibleTo(u)
	}
	valueNumMethod := func(pos string, v reflect.Value) int {
		if v.IsValid() && v.Kind() != reflect.Interface {
			if ms, _, ok := r.set(pos, v.Type(), "NumMethod"); ok {
				return len(ms)
			}
		}
		return v.NumMethod()
	}
	valueMethod := func(pos string, v reflect.Value, i int) reflect.Value {
		if v.IsValid() && v.Kind() != reflect.Interface {
			if ms, _, ok := r.set(pos, v.Type(), "Method"); ok {
				if i < 0 || i >= len(ms) {
					panic("reflect: Method index out of range")
				}
				return ms[i].bound(v)
			}
		}
		return v.Method(i)
	}
	valueMethodByName := func(pos string, v reflect.Value, name string) reflect.Value {
		if v.IsValid() && v.Kind() != reflect.Interface {
			if ms, _, ok := r.set(pos, v.Type(), "MethodByName"); ok {
				for _, m := range ms {
					if m.name == name {
						return m.bound(v)
					}
				}
				return reflect.Value{}
			}
		}
		return v.MethodByName(name)
	}
	// asType and asValue find the reflect.Type or reflect.Value that the
	// program's interface x holds, for a call through it.
	asType := func(x any) (reflect.Type, bool) {
		t, ok := unwrapHeld(x).(reflect.Type)
		return t, ok
	}
	asValue := func(x any) (reflect.Value, bool) {
		v, ok := unwrapHeld(x).(reflect.Value)
		return v, ok
	}
	return map[string]reflect.Value{
		// reflect.TypeOf and ValueOf of an interface: of the value the
		// interpreter's interface value (or the shell's box of an
		// error) holds, not of the holder.
		"TypeOf":  reflect.ValueOf(func(x any) reflect.Type { return reflect.TypeOf(bareValue(x)) }),
		"ValueOf": reflect.ValueOf(func(x any) reflect.Value { return reflect.ValueOf(bareValue(x)) }),

		// Method registers an exported method of the program's type
		// owner (main.T): bind is func(T) any or func(*T) any (ptr),
		// giving the method value.
		"Method": reflect.ValueOf(func(owner, name string, ptr bool, bind any) bool {
			r.register(owner, name, ptr, bind)
			return true
		}),

		"TypeNumMethod":     reflect.ValueOf(numMethod),
		"TypeMethod":        reflect.ValueOf(method),
		"TypeMethodByName":  reflect.ValueOf(methodByName),
		"TypeImplements":    reflect.ValueOf(implementsT),
		"TypeAssignableTo":  reflect.ValueOf(assignableTo),
		"TypeConvertibleTo": reflect.ValueOf(convertibleTo),
		"ValueNumMethod":    reflect.ValueOf(valueNumMethod),
		"ValueMethod":       reflect.ValueOf(valueMethod),
		"ValueMethodByName": reflect.ValueOf(valueMethodByName),

		// Method expressions (reflect.Type.Method) and method values
		// (t.Method) of the same.
		"TypeNumMethodExpr": reflect.ValueOf(func(pos string) func(reflect.Type) int {
			return func(t reflect.Type) int { return numMethod(pos, t) }
		}),
		"TypeMethodExpr": reflect.ValueOf(func(pos string) func(reflect.Type, int) reflect.Method {
			return func(t reflect.Type, i int) reflect.Method { return method(pos, t, i) }
		}),
		"TypeMethodByNameExpr": reflect.ValueOf(func(pos string) func(reflect.Type, string) (reflect.Method, bool) {
			return func(t reflect.Type, n string) (reflect.Method, bool) { return methodByName(pos, t, n) }
		}),
		"TypeImplementsExpr": reflect.ValueOf(func(pos string) func(reflect.Type, reflect.Type) bool {
			return func(t, u reflect.Type) bool { return implementsT(pos, t, u) }
		}),
		"TypeAssignableToExpr": reflect.ValueOf(func(pos string) func(reflect.Type, reflect.Type) bool {
			return func(t, u reflect.Type) bool { return assignableTo(pos, t, u) }
		}),
		"TypeConvertibleToExpr": reflect.ValueOf(func(pos string) func(reflect.Type, reflect.Type) bool {
			return func(t, u reflect.Type) bool { return convertibleTo(pos, t, u) }
		}),
		"ValueNumMethodExpr": reflect.ValueOf(func(pos string) func(reflect.Value) int {
			return func(v reflect.Value) int { return valueNumMethod(pos, v) }
		}),
		"ValueMethodExpr": reflect.ValueOf(func(pos string) func(reflect.Value, int) reflect.Value {
			return func(v reflect.Value, i int) reflect.Value { return valueMethod(pos, v, i) }
		}),
		"ValueMethodByNameExpr": reflect.ValueOf(func(pos string) func(reflect.Value, string) reflect.Value {
			return func(v reflect.Value, n string) reflect.Value { return valueMethodByName(pos, v, n) }
		}),

		// Calls through an interface of the program's that has the
		// method (var t MyType = reflect.TypeOf(v); t.Method(0)): x is
		// the interface, f its method, called when x holds no
		// reflect.Type or reflect.Value.
		"TypeNumMethodOr": reflect.ValueOf(func(pos string, x any, f func() int) int {
			if t, ok := asType(x); ok {
				return numMethod(pos, t)
			}
			if v, ok := asValue(x); ok {
				return valueNumMethod(pos, v)
			}
			return f()
		}),
		"TypeMethodOr": reflect.ValueOf(func(pos string, x any, f func(int) reflect.Method, i int) reflect.Method {
			if t, ok := asType(x); ok {
				return method(pos, t, i)
			}
			return f(i)
		}),
		"TypeMethodByNameOr": reflect.ValueOf(func(pos string, x any, f func(string) (reflect.Method, bool), n string) (reflect.Method, bool) {
			if t, ok := asType(x); ok {
				return methodByName(pos, t, n)
			}
			return f(n)
		}),
		"TypeImplementsOr": reflect.ValueOf(func(pos string, x any, f func(reflect.Type) bool, u reflect.Type) bool {
			if t, ok := asType(x); ok {
				return implementsT(pos, t, u)
			}
			return f(u)
		}),
		"TypeAssignableToOr": reflect.ValueOf(func(pos string, x any, f func(reflect.Type) bool, u reflect.Type) bool {
			if t, ok := asType(x); ok {
				return assignableTo(pos, t, u)
			}
			return f(u)
		}),
		"TypeConvertibleToOr": reflect.ValueOf(func(pos string, x any, f func(reflect.Type) bool, u reflect.Type) bool {
			if t, ok := asType(x); ok {
				return convertibleTo(pos, t, u)
			}
			return f(u)
		}),
		"ValueMethodOr": reflect.ValueOf(func(pos string, x any, f func(int) reflect.Value, i int) reflect.Value {
			if v, ok := asValue(x); ok {
				return valueMethod(pos, v, i)
			}
			return f(i)
		}),
		"ValueMethodByNameOr": reflect.ValueOf(func(pos string, x any, f func(string) reflect.Value, n string) reflect.Value {
			if v, ok := asValue(x); ok {
				return valueMethodByName(pos, v, n)
			}
			return f(n)
		}),
	}
}
