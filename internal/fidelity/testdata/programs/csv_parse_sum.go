package main

import (
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"
)

func main() {
	data := "name,qty,price\napple,3,0.5\npear,2,0.75\nfig,10,0.2\n"
	r := csv.NewReader(strings.NewReader(data))
	records, err := r.ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	total := 0.0
	for _, rec := range records[1:] {
		q, _ := strconv.Atoi(rec[1])
		p, _ := strconv.ParseFloat(rec[2], 64)
		total += float64(q) * p
		fmt.Printf("%-6s %2d x %.2f\n", rec[0], q, p)
	}
	fmt.Printf("total %.2f\n", total)
}
