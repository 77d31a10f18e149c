package hostrt

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"text/template"
)

func TestNameStructs(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`binary.Write: some values are not fixed-sized in type struct { S string "asyncrepl:\"Bad\""; M map[string]int }`,
			`binary.Write: some values are not fixed-sized in type main.Bad`},
		{`binary.Read: invalid type *struct { V string "asyncrepl:\"List\""; Next *unsafe2.dummy }`,
			`binary.Read: invalid type *main.List`},
		{`unexported and hidden: struct { Xname string "json:\"-\" xml:\"-\" asyncrepl:\"-row 0\"" } and struct { A int "asyncrepl:\"^node@6f3a29c1\"" }`,
			`unexported and hidden: main.row and main.node`},
		// An unnamed struct keeps its text; a type of the program's in it
		// is named.
		{`type struct { N int }`, `type struct { N int }`},
		{`in struct { P *struct { X int "asyncrepl:\"P\"" }; Q int }`, `in struct { P *main.P; Q int }`},
		{`first field a struct: struct { In struct { A int }; B int "asyncrepl:\"X\"" }`, `first field a struct: struct { In struct { A int }; B int "asyncrepl:\"X\"" }`},
		// A generic type's instance: its tag does not hold the type
		// arguments.
		{`type struct { V int "asyncrepl:\"Box[]\"" }`, `type struct { V int "asyncrepl:\"Box[]\"" }`},
		{`unbalanced struct { A int`, `unbalanced struct { A int`},
		{`no types here`, `no types here`},
	} {
		if got := nameStructs(tt.in); got != tt.want {
			t.Errorf("nameStructs(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestErrNamesKeepsTypes(t *testing.T) {
	base := errors.New(`bad type struct { A int "asyncrepl:\"T\"" }`)
	if err := errNames(base); err.Error() != "bad type main.T" || reflect.TypeOf(err) != reflect.TypeOf(base) {
		t.Errorf("errNames: %q (%T)", err, err)
	}
	wrapped := fmt.Errorf("w: %w", base)
	if errNames(wrapped) != wrapped {
		t.Errorf("errNames changed an error of a type it cannot make")
	}
	ve := &json.UnsupportedValueError{Str: `cycle via *struct { A int "asyncrepl:\"T\"" }`}
	if err := errNames(ve); err != error(ve) || ve.Str != "cycle via *main.T" {
		t.Errorf("errNames of json's error: %v %q", err, ve.Str)
	}
	ee := template.ExecError{Name: "t", Err: errors.New(`in type struct { A int "asyncrepl:\"T\"" }`)}
	if err, ok := errNames(ee).(template.ExecError); !ok || err.Error() != "in type main.T" || err.Name != "t" {
		t.Errorf("errNames of a template's error: %v", err)
	}
	plain := errors.New("plain")
	if errNames(plain) != plain || errNames(nil) != nil {
		t.Error("errNames changed an error without struct types")
	}
}
