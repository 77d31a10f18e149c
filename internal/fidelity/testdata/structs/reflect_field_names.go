package main

import (
	"fmt"
	"reflect"
)

type config struct {
	Host    string
	port    int
	Verbose bool
}

// exportedFields lists the fields another package could set.
func exportedFields(v any) []string {
	var names []string
	t := reflect.TypeOf(v)
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); f.IsExported() {
			names = append(names, f.Name)
		} else {
			names = append(names, "("+f.Name+" of "+f.PkgPath+")")
		}
	}
	return names
}

func main() {
	fmt.Println(exportedFields(config{}))
}
