package main

import (
	"fmt"
	"sync"
)

type Config struct{ values map[string]string }

var (
	cfg     *Config
	cfgOnce sync.Once
	loads   int
)

func GetConfig() *Config {
	cfgOnce.Do(func() {
		loads++
		cfg = &Config{values: map[string]string{"env": "dev"}}
	})
	return cfg
}

func main() {
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = GetConfig().values["env"]
		}()
	}
	wg.Wait()
	fmt.Println(loads, GetConfig().values)
	sq := sync.OnceValue(func() int {
		fmt.Println("computing")
		return 49
	})
	fmt.Println(sq(), sq())
	pair := sync.OnceValues(func() (string, error) { return "x", nil })
	s, err := pair()
	fmt.Println(s, err)
	var pool = sync.Pool{New: func() any { return new([]byte) }}
	b := pool.Get().(*[]byte)
	*b = append(*b, 'h', 'i')
	fmt.Println(string(*b))
}
