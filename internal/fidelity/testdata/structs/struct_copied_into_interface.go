package main

import "fmt"

type Config struct {
	Name    string
	Retries int
}

func (c Config) String() string { return fmt.Sprintf("%s/%d", c.Name, c.Retries) }

type Snapshotter interface{ String() string }

func main() {
	cfg := Config{"svc", 1}
	var history []Snapshotter
	for i := 0; i < 3; i++ {
		history = append(history, cfg)
		cfg.Retries++
	}
	var saved fmt.Stringer = cfg
	cfg.Name = "changed"
	for _, h := range history {
		fmt.Println(h.String())
	}
	fmt.Println(saved.String(), cfg.String())
	settings := map[string]any{}
	settings["cfg"] = cfg
	cfg.Retries = 99
	fmt.Println(settings["cfg"].(Config).Retries)
}
