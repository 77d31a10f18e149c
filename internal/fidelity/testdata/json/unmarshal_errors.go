package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

func main() {
	var x struct{ A int }
	err := json.Unmarshal([]byte(`{"A":"str"}`), &x)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &ute))
	err = json.Unmarshal([]byte(`{bad`), &x)
	fmt.Println(err)
}
