package main

import (
	"encoding/json"
	"fmt"
)

type Config struct {
	Host  string   `json:"host"`
	Port  int      `json:"port"`
	Tags  []string `json:"tags"`
	Debug bool
}

func main() {
	var c Config
	err := json.Unmarshal([]byte(`{"host":"localhost","port":8080,"tags":["a","b"],"debug":true,"extra":1}`), &c)
	fmt.Println(err)
	fmt.Printf("%+v\n", c)
}
