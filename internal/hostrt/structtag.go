package hostrt

import (
	"reflect"
	"regexp"
)

// structTagKey matches the tag key the front end gives each struct type
// the program declares, so that the interpreter builds a reflect type of
// its own for it (see the front end's lower_structtag.go), with its value.
var structTagKey = regexp.MustCompile(` ?asyncrepl:"[^"]*"`)

// StructTag returns tag without the key the front end added: the tag the
// program wrote. It is what the lowered code reads for a
// reflect.StructField's Tag.
func StructTag(tag reflect.StructTag) reflect.StructTag {
	return reflect.StructTag(structTagKey.ReplaceAllString(string(tag), ""))
}
