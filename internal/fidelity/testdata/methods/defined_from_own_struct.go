package main

import (
	"encoding/json"
	"fmt"
)

type User struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty"`
	age   int
}

func (u User) MarshalJSON() ([]byte, error) {
	type plain User
	b, err := json.Marshal(plain(u))
	if err != nil {
		return nil, err
	}
	return append(b[:len(b)-1], []byte(`,"kind":"user"}`)...), nil
}

func (u *User) UnmarshalJSON(data []byte) error {
	type raw User
	var r raw
	if err := json.Unmarshal(data, &r); err != nil {
		return err
	}
	*u = User(r)
	u.age = 1
	return nil
}

type A struct{ X int }

func (a A) String() string { return "A-str" }

type B A

func (b B) Describe() string { return fmt.Sprint("B:", b.X) }

type C A

func main() {
	j, err := json.Marshal(User{Name: "ann"})
	fmt.Println(string(j), err)
	var u User
	err = json.Unmarshal([]byte(`{"name":"bob","email":"b@x"}`), &u)
	fmt.Println(u.Name, u.Email, u.age, err)
	b := B{2}
	fmt.Println(b, b.Describe(), A(b), C(b))
	fmt.Printf("%T %T %T %v %+v\n", b, A(b), &b, []B{b}, map[string]C{"k": {3}})
	var x any = b
	_, isA := x.(A)
	_, isB := x.(B)
	_, str := x.(fmt.Stringer)
	fmt.Println(isA, isB, str)
}
