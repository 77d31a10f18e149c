// The fields of the program's struct types as reflection says them:
// unexported ones by their names, of package main, not exported; an
// exported field as it is; a field written, as it is.
package main

import (
	"fmt"
	"reflect"
)

type account struct {
	owner   string
	Balance int
	id      int
}

func main() {
	t := reflect.TypeOf(account{})
	for i := range t.NumField() {
		f := t.Field(i)
		fmt.Printf("%s %q %v\n", f.Name, f.PkgPath, f.IsExported())
	}
	f, _ := t.FieldByName("Balance")
	f.Name = "Total"
	fmt.Println(f.Name, reflect.TypeOf(struct{ A, b int }{}).Field(1).Name)
}

// Output:
// owner "main" false
// Balance "" true
// id "main" false
// Total b
