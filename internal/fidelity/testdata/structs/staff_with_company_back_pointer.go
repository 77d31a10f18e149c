package main

import "fmt"

type Company struct {
	name  string
	staff []*Employee
}

type Employee struct {
	name    string
	manager *Employee
	reports []*Employee
	company *Company
}

func main() {
	c := &Company{name: "acme"}
	boss := &Employee{name: "ann", company: c}
	bob := &Employee{name: "bob", manager: boss, company: c}
	boss.reports = append(boss.reports, bob)
	c.staff = []*Employee{boss, bob}
	for _, e := range c.staff {
		m := "-"
		if e.manager != nil {
			m = e.manager.name
		}
		fmt.Println(e.name, m, len(e.reports), e.company.name)
	}
}
