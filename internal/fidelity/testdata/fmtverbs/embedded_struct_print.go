package main

import "fmt"

type Address struct {
	City, Zip string
}

type Contact struct {
	Email string
	Phone *string
}

type Customer struct {
	Name string
	Address
	*Contact
	Tags []string
}

func main() {
	phone := "555-0100"
	c := Customer{
		Name:    "Ann",
		Address: Address{"Oslo", "0150"},
		Contact: &Contact{Email: "ann@example.com"},
		Tags:    []string{"vip"},
	}
	fmt.Printf("%v\n%+v\n", c.Address, c.Address)
	fmt.Println(c.City, c.Email, c.Phone == nil)
	c.Phone = &phone
	fmt.Println(*c.Contact.Phone, len(c.Tags))
	fmt.Printf("%+v\n", *c.Contact == Contact{Email: "ann@example.com", Phone: &phone})
	type summary struct {
		Who  string
		Addr Address
	}
	s := summary{c.Name, c.Address}
	fmt.Printf("%v %+v\n", s, s)
	fmt.Printf("%#v\n", s.Addr)
}
