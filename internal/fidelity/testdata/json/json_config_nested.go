package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Database struct {
	Host     string `json:"host"`
	Port     int    `json:"port,omitempty"`
	User     string `json:"user,omitempty"`
	Password string `json:"-"`
}

type Config struct {
	Name     string            `json:"name"`
	Debug    bool              `json:"debug,omitempty"`
	DB       Database          `json:"database"`
	Replicas []Database        `json:"replicas,omitempty"`
	Tags     map[string]string `json:"tags,omitempty"`
	Timeout  *int              `json:"timeout,omitempty"`
}

const input = `{
  "name": "svc",
  "debug": true,
  "database": {"host": "db1", "port": 5432, "password": "secret"},
  "replicas": [{"host": "r1"}, {"host": "r2", "port": 6000}],
  "tags": {"env": "prod", "team": "core"},
  "unknown": 42
}`

func main() {
	var c Config
	if err := json.Unmarshal([]byte(input), &c); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Printf("%+v\n", c.DB)
	fmt.Println(len(c.Replicas), c.Replicas[1].Port, c.Tags["env"], c.Timeout == nil)
	c.Debug = false
	c.Tags = nil
	out, _ := json.MarshalIndent(c, "", "  ")
	fmt.Println(string(out))
	var bad Config
	err := json.Unmarshal([]byte(`{"database": {"port": "x"}}`), &bad)
	fmt.Println(err)
}
