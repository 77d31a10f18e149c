package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Server struct {
	Host    string        `json:"host"`
	Port    int           `json:"port"`
	Timeout time.Duration `json:"timeout"`
	Tags    []string      `json:"tags,omitempty"`
}

func main() {
	in := `{"host":"example.com","port":443,"timeout":5000000000}`
	var s Server
	if err := json.Unmarshal([]byte(in), &s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Host, s.Port, s.Timeout)
	s.Tags = []string{"prod"}
	out, _ := json.Marshal(s)
	fmt.Println(string(out))
}
