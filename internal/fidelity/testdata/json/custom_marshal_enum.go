package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Status int

const (
	Active Status = iota + 1
	Suspended
	Deleted
)

var statusNames = map[Status]string{Active: "active", Suspended: "suspended", Deleted: "deleted"}

func (s Status) String() string { return statusNames[s] }

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.String())
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	for k, v := range statusNames {
		if v == strings.ToLower(str) {
			*s = k
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", str)
}

type Account struct {
	ID     int               `json:"id"`
	Status Status            `json:"status"`
	Flags  map[string]Status `json:"flags,omitempty"`
	Prev   *Status           `json:"prev,omitempty"`
}

func main() {
	prev := Active
	accts := []Account{
		{1, Active, nil, nil},
		{2, Suspended, map[string]Status{"email": Deleted}, &prev},
	}
	out, _ := json.MarshalIndent(accts, "", "  ")
	fmt.Println(string(out))
	var got []Account
	err := json.Unmarshal([]byte(`[{"id":3,"status":"DELETED"},{"id":4,"status":"gone"}]`), &got)
	fmt.Println(got, err)
	fmt.Printf("%v %d\n", got[0].Status, got[0].Status)
}
