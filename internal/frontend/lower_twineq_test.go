package frontend

import (
	"strings"
	"testing"
)

// TestTypeNameOfHeldComposite checks the refusal of %T of an interface
// that may hold a slice of a type of the program's (the interpreter holds
// a []ID as a []string): refused where the value may be one, not for a
// variable given one value of another type.
func TestTypeNameOfHeldComposite(t *testing.T) {
	const head = `import (
	"fmt"
	"sort"
)

type ID string

func main() {
	ids := []ID{"b", "a"}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
`
	for _, tt := range []struct {
		name, body, refused string
	}{
		{"a variable given a float", `	var v any = 3.5
	fmt.Printf("%T %v\n", v, ids)
}`, ""},
		{"a variable given the slice", `	var v any = ids
	fmt.Printf("%T\n", v)
}`, "%T of an interface that may hold a []ID: the interpreter holds it in an interface as its representation ([]string), so it would name it wrongly; print the type where its static type is known"},
		{"a variable assigned again", `	var v any = 3.5
	v = ids
	fmt.Printf("%T\n", v)
}`, "%T of an interface that may hold a []ID"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkScriptLowering(t, head+tt.body, nil, func(err error) bool { return strings.Contains(err.Error(), tt.refused) }, tt.refused)
		})
	}
}
