package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Base struct {
	ID        int       `json:"id"`
	CreatedAt time.Time `json:"created_at"`
}

type Tag struct {
	Name string `json:"name"`
}

type Post struct {
	Base
	Title    string  `json:"title"`
	Body     string  `json:"body,omitempty"`
	Tags     []Tag   `json:"tags,omitempty"`
	Score    float64 `json:"score,string"`
	internal int
	Author   *string `json:"author"`
	Draft    bool    `json:"-"`
}

func main() {
	ts := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	p := Post{Base: Base{7, ts}, Title: "Hello", Score: 4.5, internal: 9, Draft: true}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	name := "zoe"
	p.Author = &name
	p.Tags = []Tag{{"go"}, {"json"}}
	b, _ = json.Marshal(p)
	fmt.Println(string(b))
	var q Post
	err := json.Unmarshal(b, &q)
	fmt.Println(err, q.ID, q.CreatedAt.Year(), *q.Author, q.Tags, q.Score, q.Draft)
	fmt.Printf("%+v\n", q.Tags)
}
