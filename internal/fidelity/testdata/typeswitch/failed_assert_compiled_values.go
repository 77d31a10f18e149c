package main

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

// check runs f and prints the message of the panic it recovers.
func check(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	var doc map[string]any
	if err := json.Unmarshal([]byte(`{"port": 8080, "host": "localhost"}`), &doc); err != nil {
		fmt.Println(err)
		return
	}
	check("port", func() {
		port := doc["port"].(string)
		fmt.Println("port", port)
	})
	check("host", func() {
		host := doc["host"].(string)
		fmt.Println("host", host)
	})
	_, err := strconv.Atoi("eighty")
	check("atoi", func() {
		pe := err.(*fs.PathError)
		fmt.Println(pe.Path)
	})
	_, err = os.Open("/no/such/file")
	check("open", func() {
		pe := err.(*fs.PathError)
		fmt.Println("path", pe.Path)
	})
}
