package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Status string

const (
	Active   Status = "active"
	Disabled Status = "disabled"
)

type User struct {
	ID       int            `json:"id"`
	Name     string         `json:"name"`
	Email    string         `json:"email,omitempty"`
	Password string         `json:"-"`
	Age      int            `json:"age,string"`
	Status   Status         `json:"status"`
	Address  *Address       `json:"address,omitempty"`
	Tags     []string       `json:"tags"`
	Meta     map[string]any `json:"meta,omitempty"`
	Scores   map[string]int `json:"scores"`
	Timeout  time.Duration  `json:"timeout"`
	private  int
	Extra    json.RawMessage   `json:"extra,omitempty"`
	Labels   map[string]string `json:",omitempty"`
}

func main() {
	u := User{
		ID: 1, Name: "Ann", Password: "secret", Age: 30, Status: Active,
		Address: &Address{Street: "Main 1"},
		Scores:  map[string]int{"b": 2, "a": 1},
		Timeout: 2 * time.Second,
		private: 5,
		Extra:   json.RawMessage(`{"x":[1,2]}`),
	}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)

	var back User
	err = json.Unmarshal(b, &back)
	fmt.Println(err)
	fmt.Printf("%+v %+v\n", back.Address, back.Status)
	fmt.Println(back.Name, back.Age, back.Password == "", back.Tags == nil, back.Scores, back.Timeout, string(back.Extra))

	in := `{"id":2,"name":"Bob","age":"41","status":"disabled","tags":["x"],"meta":{"n":1.5,"ok":true,"list":[1,"a",null]},"unknown":3}`
	var u2 User
	if err := json.Unmarshal([]byte(in), &u2); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(u2.ID, u2.Name, u2.Age, u2.Status == Disabled, u2.Tags, u2.Meta["n"], u2.Meta["ok"], u2.Meta["list"])
	fmt.Printf("%T %T\n", u2.Meta["n"], u2.Meta["list"])

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"user": u2.Name, "addr": Address{"Elm", "Paris"}, "n": []int{1, 2}})

	var bad User
	err = json.Unmarshal([]byte(`{"id":"x"}`), &bad)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"id":1,`), &bad)
	fmt.Println(err)
}
