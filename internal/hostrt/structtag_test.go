package hostrt

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestStructTag checks that the tag the program wrote is what reflection
// gives back, with the front end's key taken out wherever it stands.
func TestStructTag(t *testing.T) {
	for _, tt := range []struct{ tag, want reflect.StructTag }{
		{`asyncrepl:"Point"`, ``},
		{`json:"x" asyncrepl:"row 0,2"`, `json:"x"`},
		{`json:"x" asyncrepl:"Pair[]" db:"y"`, `json:"x" db:"y"`},
		{`json:"asyncrepl"`, `json:"asyncrepl"`},
		{`json:"-" xml:"-" db:"x" asyncrepl:"-"`, `db:"x"`},             // an unexported field, hidden from json and xml
		{`json:"-" xml:"-" asyncrepl:"-Point 0"`, ``},                   // the first field, so
		{`json:"-" asyncrepl:"Point"`, `json:"-"`},                      // a json:"-" the program wrote
		{`json:"-" xml:"-" json:"-" asyncrepl:"-"`, `json:"-"`},         // both
		{`json:"-" xml:"-" xml:"a,attr" asyncrepl:"-"`, `xml:"a,attr"`}, // the program's xml tag
		{``, ``},
	} {
		if got := StructTag(tt.tag); got != tt.want {
			t.Errorf("StructTag(%q) = %q, want %q", tt.tag, got, tt.want)
		}
	}
}

// TestUserStructField checks that a field reads as Go describes it.
func TestUserStructField(t *testing.T) {
	for _, tt := range []struct {
		in, want reflect.StructField
	}{
		{reflect.StructField{Name: "Xage", Tag: `json:"-" xml:"-" asyncrepl:"-"`}, reflect.StructField{Name: "age", PkgPath: "main"}},
		{reflect.StructField{Name: "Name", Tag: `json:"name" asyncrepl:"User 1"`}, reflect.StructField{Name: "Name", Tag: `json:"name"`}},
		{reflect.StructField{Name: "Xray", Tag: `db:"x"`}, reflect.StructField{Name: "Xray", Tag: `db:"x"`}}, // exported
	} {
		if got := UserStructField(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("UserStructField(%+v) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

// TestTaggedNames checks the names read from the tags of the struct types
// the interpreter builds for the program's.
func TestTaggedNames(t *testing.T) {
	field := func(name, tag string) reflect.StructField {
		return reflect.StructField{Name: name, Type: reflect.TypeFor[int](), Tag: reflect.StructTag(tag)}
	}
	point := reflect.StructOf([]reflect.StructField{field("X", `asyncrepl:"Point"`), field("Y", "")})
	hit := reflect.StructOf([]reflect.StructField{field("Xn", `json:"-" xml:"-" json:"n" asyncrepl:"-hit@3.20 0"`)})
	pair := reflect.StructOf([]reflect.StructField{field("Xa", `asyncrepl:"Pair[] 0"`)})
	plain := reflect.StructOf([]reflect.StructField{field("X", `json:"x"`)})
	for _, tt := range []struct {
		t             reflect.Type
		name, generic string
	}{
		{point, "main.Point", ""},
		{reflect.PointerTo(point), "*main.Point", ""},
		{hit, "main.hit", ""},
		{pair, "", "main.Pair"}, // an instance: its type arguments are not in the tag
		{reflect.PointerTo(pair), "", "main.Pair"},
		{plain, "", ""}, // not the program's
		{reflect.TypeFor[int](), "", ""},
	} {
		if got := taggedName(tt.t); got != tt.name {
			t.Errorf("taggedName(%v) = %q, want %q", tt.t, got, tt.name)
		}
		if got := taggedGeneric(tt.t); got != tt.generic {
			t.Errorf("taggedGeneric(%v) = %q, want %q", tt.t, got, tt.generic)
		}
	}
	v := reflect.New(hit).Elem()
	v.Field(0).SetInt(7)
	n := taggedNode(v, nil, nil, true)
	if got, want := fmt.Sprintf("%+v|%#v", n, n), "{n:7}|main.hit{n:7}"; got != want {
		t.Errorf("taggedNode of a hit: %s, want %s", got, want)
	}
}

// TestComposedTaggedName checks %T's names of types made of the program's
// struct types (an unnamed struct holding one too), and the panic where
// the name cannot be told (a function type's).
func TestComposedTaggedName(t *testing.T) {
	field := func(name, tag string, typ reflect.Type) reflect.StructField {
		return reflect.StructField{Name: name, Type: typ, Tag: reflect.StructTag(tag)}
	}
	point := reflect.StructOf([]reflect.StructField{field("X", `asyncrepl:"Point"`, reflect.TypeFor[int]())})
	pair := reflect.StructOf([]reflect.StructField{field("A", `asyncrepl:"Pair[]"`, reflect.TypeFor[int]())})
	holder := reflect.StructOf([]reflect.StructField{field("P", "", point)})
	for _, tt := range []struct {
		t           reflect.Type
		want, panic string
	}{
		{reflect.SliceOf(point), "[]main.Point", ""},
		{reflect.MapOf(reflect.TypeFor[string](), reflect.PointerTo(point)), "map[string]*main.Point", ""},
		{reflect.ArrayOf(2, reflect.ChanOf(reflect.RecvDir, point)), "[2]<-chan main.Point", ""},
		{reflect.ChanOf(reflect.BothDir, reflect.ChanOf(reflect.RecvDir, point)), "chan (<-chan main.Point)", ""},
		{reflect.TypeFor[[]int](), "", ""},
		{reflect.SliceOf(pair), "", "instance of main.Pair"},
		{reflect.SliceOf(holder), "[]struct { P main.Point }", ""},
		{reflect.FuncOf([]reflect.Type{point}, nil, false), "", "cannot name"},
	} {
		func() {
			defer func() {
				r := recover()
				if msg := fmt.Sprint(r); tt.panic == "" && r != nil || tt.panic != "" && !strings.Contains(msg, tt.panic) {
					t.Errorf("composedTaggedName(%v) panicked %v, want %q", tt.t, r, tt.panic)
				}
			}()
			if got := composedTaggedName(tt.t); got != tt.want {
				t.Errorf("composedTaggedName(%v) = %q, want %q", tt.t, got, tt.want)
			}
		}()
	}
}

// TestFmtKeysOfTwoTypes checks that the keys of a map keyed by an
// interface sort without a panic when they are of different types and
// kinds of node.
func TestFmtKeysOfTwoTypes(t *testing.T) {
	keys := []any{
		&fmtNode{typ: "main.Point", kind: 's', names: []string{"X"}, hidden: []bool{false}, elems: []any{1}},
		&fmtNode{typ: "interface {}", kind: 'i', raw: "label"},
		"plain",
		&fmtNode{typ: "main.Point", kind: 's', names: []string{"X"}, hidden: []bool{false}, elems: []any{0}},
	}
	n := &fmtNode{kind: 'm', keys: keys, elems: []any{1, 2, 3, 4}}
	n.sortMap()
	if got, want := fmt.Sprint(n.elems...), "4 1 2 3"; got != want {
		t.Errorf("values in key order: %s, want %s", got, want)
	}
}
