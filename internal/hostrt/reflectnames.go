package hostrt

import (
	"reflect"
	"slices"
	"strings"
)

// The run-time half of the lowering of reflection's field names (see the
// front end's lower_reflectnames.go): __repl.FieldName, FieldPkgPath and
// FieldExported read a reflect.StructField knowing the unexported fields
// the program declares.

// interpField returns the name of an unexported field of the program's
// (one of names, a list the front end wrote) that the interpreter made
// the exported field f, if it is one.
func interpField(f reflect.StructField, names string) (string, bool) {
	if f.PkgPath != "" || len(f.Name) < 2 || f.Name[0] != 'X' {
		return "", false
	}
	n := f.Name[1:]
	return n, slices.Contains(strings.Fields(names), n)
}

func fieldName(f reflect.StructField, names string) string {
	if n, ok := interpField(f, names); ok {
		return n
	}
	if _, ok := CopiedName(f.Name); ok {
		// An embedded instance of a generic type written out per
		// instance (the front end's lower_typecopy.go): the field is
		// named as its type, Pair for Pair[string, int].
		return f.Name[:strings.LastIndex(f.Name, copySep)]
	}
	return f.Name
}

func fieldPkgPath(f reflect.StructField, names string) string {
	if _, ok := interpField(f, names); ok {
		return "main"
	}
	return f.PkgPath
}

func fieldExported(f reflect.StructField, names string) bool {
	if _, ok := interpField(f, names); ok {
		return false
	}
	return f.IsExported()
}
