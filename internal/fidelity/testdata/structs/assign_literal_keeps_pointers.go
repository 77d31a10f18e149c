// Reassigning a struct variable with a literal, while pointers to it are
// held elsewhere.
package main

import "fmt"

type Config struct {
	Name    string
	Retries int
}

type Server struct {
	cfg *Config
}

func main() {
	var cfg Config
	s := Server{cfg: &cfg}
	cfg = Config{Name: "prod", Retries: 3}
	fmt.Println(s.cfg.Name, s.cfg.Retries)

	s.cfg.Retries = 5
	fmt.Println(cfg)

	var current Config
	var history []*Config
	for i := range 3 {
		current = Config{Name: fmt.Sprint("v", i), Retries: i}
		history = append(history, &current)
	}
	for _, h := range history {
		fmt.Print(h.Name, " ")
	}
	fmt.Println()

	update := func(name string) { cfg = Config{Name: name} }
	update("staging")
	fmt.Println(s.cfg.Name, s.cfg.Retries)
}
