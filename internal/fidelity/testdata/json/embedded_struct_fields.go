package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Post struct {
	Base
	Title string `json:"title"`
}

func main() {
	b, _ := json.Marshal(Post{Base{1, "today"}, "hello"})
	fmt.Println(string(b))
	var p Post
	json.Unmarshal([]byte(`{"id":9,"title":"t"}`), &p)
	fmt.Println(p.ID, p.Title)
}
