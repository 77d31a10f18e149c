package main

import "fmt"

type Address struct {
	City string
}

type Person struct {
	Name string
	Address
}

func main() {
	p := Person{Name: "ann", Address: Address{City: "Oslo"}}
	p.City = "Bergen"
	fmt.Println(p.City, p.Address.City)
	fmt.Printf("%+v\n", p)
}
