package main

import (
	"encoding/json"
	"fmt"
)

type User struct {
	Name     string `json:"name"`
	Age      int    `json:"age,omitempty"`
	Email    string `json:"-"`
	Admin    bool   `json:"is_admin"`
	internal int
}

func main() {
	b, err := json.Marshal(User{Name: "ann", Email: "a@x", Admin: true, internal: 1})
	fmt.Println(string(b), err)
	b, _ = json.Marshal(User{Name: "bob", Age: 30})
	fmt.Println(string(b))
}
