package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type SKU string

type Product struct {
	SKU   SKU
	Name  string
	Price float64
}

type Stock struct {
	Count    int
	Location string
}

func main() {
	catalog := map[string]any{
		"products": []Product{{"A1", "pen", 1.5}, {"B2", "ink", 4}},
		"stock":    map[SKU]Stock{"A1": {10, "shelf 3"}},
		"featured": &Product{"C3", "pad", 2.25},
		"tags":     [2]string{"office", "paper"},
		"counts":   []int{3, 4},
	}
	keys := make([]string, 0, len(catalog))
	for k := range catalog {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s %T\n", k, catalog[k])
	}
	fmt.Printf("%v\n", catalog["products"])
	fmt.Printf("%+v\n", catalog["stock"])
	b, err := json.Marshal(catalog)
	fmt.Println(string(b), err)
	if ps, ok := catalog["products"].([]Product); ok {
		fmt.Println(len(ps), ps[1].Name)
	}
	list := []any{Product{Name: "x"}, Stock{1, "y"}, SKU("Z9")}
	for _, v := range list {
		fmt.Printf("%T|%v|%+v\n", v, v, v)
	}
}
