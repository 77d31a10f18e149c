package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Config struct {
	Name     string            `json:"name"`
	Port     int               `json:"port"`
	Features []string          `json:"features"`
	Limits   map[string]int    `json:"limits"`
	Extra    map[string]any    `json:"extra"`
	DB       *DBConfig         `json:"db,omitempty"`
	Labels   map[string]string `json:"-"`
}

type DBConfig struct {
	Host string `json:"host"`
	Pool int    `json:"pool"`
}

func (c Config) Validate() error {
	var problems []string
	if c.Port <= 0 || c.Port > 65535 {
		problems = append(problems, fmt.Sprintf("port %d out of range", c.Port))
	}
	if c.DB != nil && c.DB.Pool < 1 {
		problems = append(problems, "db.pool must be >= 1")
	}
	if len(problems) > 0 {
		return fmt.Errorf("config %q: %s", c.Name, strings.Join(problems, "; "))
	}
	return nil
}

func main() {
	input := `{"name":"api","port":70000,"features":["a","b"],"limits":{"rps":100},"extra":{"debug":true,"level":3,"tags":["x"]},"db":{"host":"db1","pool":0},"unknown":1}`
	var c Config
	if err := json.Unmarshal([]byte(input), &c); err != nil {
		fmt.Println("decode:", err)
		return
	}
	fmt.Printf("%+v\n", *c.DB)
	fmt.Println(c.Validate())
	for _, k := range []string{"debug", "level", "tags"} {
		fmt.Printf("%s=%v (%T)\n", k, c.Extra[k], c.Extra[k])
	}
	c.Port = 8080
	c.DB.Pool = 4
	fmt.Println(c.Validate())
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(c)
	dec := json.NewDecoder(strings.NewReader(`{"name":"x","port":"eighty"}`))
	dec.DisallowUnknownFields()
	var c2 Config
	fmt.Println(dec.Decode(&c2))
}
