package main

import (
	"fmt"
	"maps"
	"slices"
)

type Address struct{ City string }

type User struct {
	Name    string
	Tags    []string
	Meta    map[string]int
	Addr    *Address
	Friends [2]string
}

func (u User) Clone() User {
	c := u
	c.Tags = slices.Clone(u.Tags)
	c.Meta = maps.Clone(u.Meta)
	if u.Addr != nil {
		a := *u.Addr
		c.Addr = &a
	}
	return c
}

func main() {
	u := User{Name: "ann", Tags: []string{"x"}, Meta: map[string]int{"v": 1}, Addr: &Address{"Oslo"}, Friends: [2]string{"bob"}}
	shallow := u
	deep := u.Clone()
	u.Tags[0] = "changed"
	u.Meta["v"] = 99
	u.Addr.City = "Rome"
	u.Friends[0] = "zed"
	u.Name = "ANN"
	fmt.Println(shallow.Name, shallow.Tags, shallow.Meta, shallow.Addr.City, shallow.Friends)
	fmt.Println(deep.Name, deep.Tags, deep.Meta, deep.Addr.City, deep.Friends)
	fmt.Println(u.Tags, u.Friends)
	fmt.Println(shallow.Friends == deep.Friends, shallow.Addr == u.Addr, deep.Addr == u.Addr)
}
