// Reading struct tags with reflect, as a small validator does.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Signup struct {
	Email string `json:"email" validate:"required"`
	Name  string `json:"name,omitempty"`
	Age   int    `validate:"min=18"`
	notes string
}

func check(v any) []string {
	var problems []string
	rv := reflect.ValueOf(v)
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		fmt.Printf("%-6s tag=%q json=%q\n", f.Name, f.Tag, f.Tag.Get("json"))
		rule, ok := f.Tag.Lookup("validate")
		if !ok {
			continue
		}
		switch {
		case rule == "required" && rv.Field(i).String() == "":
			problems = append(problems, f.Name+" is required")
		case strings.HasPrefix(rule, "min="):
			var min int64
			fmt.Sscanf(rule, "min=%d", &min)
			if rv.Field(i).Int() < min {
				problems = append(problems, fmt.Sprintf("%s must be at least %d", f.Name, min))
			}
		}
	}
	return problems
}

func main() {
	fmt.Println(check(Signup{Name: "ann", Age: 16}))
	fmt.Println(check(Signup{Email: "a@b.c", Age: 30}))
	f, _ := reflect.TypeOf(Signup{}).FieldByName("Email")
	fmt.Println(f.Tag, f.Index)
}
