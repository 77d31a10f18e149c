package main

import (
	"fmt"
	"strings"
)

type Timestamps struct {
	Created string
	Updated string
}

func (t *Timestamps) Touch(when string) { t.Updated = when }

type Named struct{ Name string }

func (n Named) Label() string { return "[" + n.Name + "]" }

type Product struct {
	Named
	Timestamps
	Price float64
	Tags  []string
}

type Discounted struct {
	*Product
	Pct float64
}

func (d Discounted) Label() string { return d.Product.Label() + fmt.Sprintf(" -%.0f%%", d.Pct) }

type Labeler interface{ Label() string }

func main() {
	p := &Product{Named: Named{"lamp"}, Timestamps: Timestamps{Created: "mon"}, Price: 20}
	p.Touch("tue")
	p.Tags = append(p.Tags, "home")
	d := Discounted{p, 15}
	d.Touch("wed")
	d.Price *= 0.85
	fmt.Println(p.Updated, p.Price, d.Name, d.Label())
	var ls []Labeler = []Labeler{p, d, Named{"x"}}
	var labels []string
	for _, l := range ls {
		labels = append(labels, l.Label())
	}
	fmt.Println(strings.Join(labels, " | "))
	fmt.Printf("%+v\n", *p)
}
