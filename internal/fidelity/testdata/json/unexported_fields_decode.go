// Unexported fields are neither encoded nor filled from JSON, whatever
// the keys say; a tag on one changes nothing.
package main

import (
	"encoding/json"
	"fmt"
)

type User struct {
	Name     string `json:"name"`
	password string
	age      int `json:"age"`
}

func main() {
	u := User{"ann", "secret", 30}
	b, _ := json.Marshal(u)
	fmt.Println(string(b))
	var v User
	err := json.Unmarshal([]byte(`{"name":"bob","password":"p","Xpassword":"q","age":5,"xage":6}`), &v)
	fmt.Printf("%+v %v\n", v, err)
	var items []any = []any{u}
	b2, _ := json.Marshal(items)
	fmt.Println(string(b2))
}
