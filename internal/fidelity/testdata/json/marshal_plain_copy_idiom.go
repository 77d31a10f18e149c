package main

import (
	"encoding/json"
	"fmt"
)

type User struct {
	Name string
	Age  int
}

func (u User) MarshalJSON() ([]byte, error) {
	type plain User
	return json.Marshal(plain(u))
}

func main() {
	b, err := json.Marshal(User{"ann", 3})
	fmt.Println(string(b), err)
}
