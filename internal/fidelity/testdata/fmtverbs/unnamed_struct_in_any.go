// Values of unnamed struct types with unexported fields (a table test's
// cases) handed to functions that take any, printed and encoded.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"strings"
)

func show(v any) {
	fmt.Printf("%v|%+v|%#v|%T\n", v, v, v, v)
}

func logf(format string, args ...any) {
	log.Printf(format, args...)
}

func encode(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	tests := []struct {
		name  string
		input string
		want  int
	}{
		{"empty", "", 0},
		{"word", "go", 2},
	}
	for _, tc := range tests {
		show(tc)
		logf("case %+v", tc)
		if got := len(tc.input); got != tc.want {
			fmt.Println("FAIL", tc.name)
		}
	}
	show(tests)
	show(&tests[1])
	nested := struct {
		ID    int
		inner struct{ note string }
		Tags  []string
	}{ID: 7, Tags: []string{"a"}}
	nested.inner.note = "hidden"
	show(nested)
	encode(nested)
	encode(tests)
	encode(struct {
		Name string `json:"name"`
		age  int
	}{"ann", 41})
	fmt.Println(strings.Contains(fmt.Sprint(any(tests[0])), "empty"))
	var holder any = struct{ secret, Public string }{"s", "p"}
	fmt.Printf("%+v\n", holder)
	fmt.Println(fmt.Sprintf("%+v", []any{holder, 1}))
}
