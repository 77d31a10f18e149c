package hostrt

import "encoding/json"

// jsonStructNames returns err, a json decoding error, with the name of the
// struct its field lies in where json could not say it (the program's
// struct types reach json without their names): structs maps the field
// paths json's errors say to those names (see lower_jsonerrnames.go).
func jsonStructNames(err error, structs map[string]string) error {
	te, ok := err.(*json.UnmarshalTypeError)
	if !ok || te.Struct != "" || te.Field == "" {
		return err
	}
	name, ok := structs[te.Field]
	if !ok {
		return err
	}
	named := *te
	named.Struct = name
	return &named
}
