package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	w := csv.NewWriter(os.Stdout)
	records := [][]string{
		{"name", "city", "score"},
		{"Ann", "New York, NY", "91"},
		{"Bob \"B\"", "Paris", "78"},
	}
	w.WriteAll(records)
	if err := w.Error(); err != nil {
		fmt.Println(err)
	}
	in := "id;value\n1;3.5\n2;abc\n3;1e2\n"
	r := csv.NewReader(strings.NewReader(in))
	r.Comma = ';'
	rows, err := r.ReadAll()
	fmt.Println(len(rows), err)
	sum := 0.0
	for _, row := range rows[1:] {
		v, err := strconv.ParseFloat(row[1], 64)
		if err != nil {
			fmt.Println("skip", row[0]+":", err)
			continue
		}
		sum += v
	}
	fmt.Println("sum", sum)
	_, err = csv.NewReader(strings.NewReader("a,b\n1,2,3\n")).ReadAll()
	fmt.Println(err)
}
