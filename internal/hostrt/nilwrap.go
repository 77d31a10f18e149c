package hostrt

import (
	"reflect"
	"strings"
	"sync"

	"github.com/asyncrepl/asyncrepl/stdlib_bindings/std"
)

// A nil value of the program's held as a compiled interface.
//
// yaegi v0.16.1 holds a value of an interpreted type as a compiled
// interface with methods (io.Reader, sort.Interface) in the interface's
// wrapper of the symbol tables (_io_Reader: the value in IValue, a
// function per method), but makes a nil pointer, slice, map, func or
// channel the interface's zero value: var r io.Reader = p, p a nil
// *MyReader, made r nil, and sort.Sort(ByAge(people)) of a nil slice
// panicked calling Len. NilWrapper builds the wrapper the interpreter
// builds for other values (see lower_typednil.go): the interface is not
// nil and its methods call the type's with the nil receiver, as in Go.

var (
	wrappersOnce sync.Once
	wrappers     map[reflect.Type]reflect.Type // compiled interface -> the interpreter's wrapper
)

// wrapperOf returns the symbol tables' wrapper of the interface type it.
func wrapperOf(it reflect.Type) (reflect.Type, bool) {
	wrappersOnce.Do(func() {
		wrappers = map[reflect.Type]reflect.Type{}
		for _, syms := range std.Symbols {
			for name, v := range syms {
				if !strings.HasPrefix(name, "_") || v.Kind() != reflect.Pointer {
					continue
				}
				iface, ok := syms[name[1:]]
				if !ok || iface.Kind() != reflect.Pointer || iface.Type().Elem().Kind() != reflect.Interface {
					continue
				}
				w := v.Type().Elem()
				if w.Kind() == reflect.Struct && w.NumField() > 0 && w.Field(0).Name == "IValue" {
					wrappers[iface.Type().Elem()] = w
				}
			}
		}
	})
	w, ok := wrappers[it]
	return w, ok
}

// nilWrapper returns the wrapper of the interface *iface points to
// holding v, a nil value of the program's, whose methods are the
// functions given after their names (Read, func(p []byte) (int, error)
// calling v's Read); false where the interface has no wrapper or a
// method lacks its function.
func nilWrapper(iface any, v any, methods ...any) (any, bool) {
	pt := reflect.TypeOf(iface)
	if pt == nil || pt.Kind() != reflect.Pointer || pt.Elem().Kind() != reflect.Interface {
		return nil, false
	}
	wt, ok := wrapperOf(pt.Elem())
	if !ok {
		return nil, false
	}
	w := reflect.New(wt).Elem()
	if v != nil {
		w.Field(0).Set(reflect.ValueOf(v))
	}
	set := 0
	for i := 0; i+1 < len(methods); i += 2 {
		name, _ := methods[i].(string)
		f := w.FieldByName("W" + name)
		fn := reflect.ValueOf(methods[i+1])
		if !f.IsValid() || !fn.IsValid() || !fn.Type().AssignableTo(f.Type()) {
			return nil, false
		}
		f.Set(fn)
		set++
	}
	if set != wt.NumField()-1 {
		return nil, false
	}
	return w.Interface(), true
}
