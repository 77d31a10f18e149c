package main

import (
	"encoding/json"
	"fmt"
)

type Status int

const (
	Active Status = iota + 1
	Inactive
)

func (s Status) String() string {
	if s == Active {
		return "Active"
	}
	return "Inactive"
}

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.String())
}

type User struct {
	Name   string `json:"name"`
	Status Status `json:"status"`
}

func main() {
	fmt.Println(Active.String(), Active, Inactive)
	b, _ := json.Marshal(User{"ann", Active})
	fmt.Println(string(b))
}
