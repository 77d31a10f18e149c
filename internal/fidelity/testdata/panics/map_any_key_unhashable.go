package main

import "fmt"

type cache struct {
	entries map[any]string
}

func (c *cache) put(key any, val string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cache.put: %v", r)
		}
	}()
	c.entries[key] = val
	return nil
}

func main() {
	c := &cache{entries: map[any]string{}}
	fmt.Println(c.put(1, "one"))
	fmt.Println(c.put("two", "2"))
	fmt.Println(c.put([]string{"x"}, "slice"))
	fmt.Println(c.put(func() {}, "func"))
	fmt.Println(len(c.entries))
}
