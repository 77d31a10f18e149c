package main

import (
	"encoding/json"
	"fmt"
)

type Timestamps struct {
	Created string `json:"created"`
	Updated string `json:"updated,omitempty"`
}

type Owner struct {
	Name string `json:"name"`
}

type Doc struct {
	ID int `json:"id"`
	Timestamps
	*Owner `json:"owner,omitempty"`
	Body   string   `json:"body"`
	Refs   []int    `json:"refs"`
	Score  *float64 `json:"score"`
}

func main() {
	s := 4.5
	d := Doc{ID: 1, Timestamps: Timestamps{Created: "2024-01-01"}, Owner: &Owner{"ann"}, Body: "hi", Refs: []int{2, 3}, Score: &s}
	b, _ := json.Marshal(d)
	fmt.Println(string(b))
	d2 := Doc{ID: 2}
	b, _ = json.Marshal(d2)
	fmt.Println(string(b))
	var back Doc
	err := json.Unmarshal([]byte(`{"id":7,"created":"c","updated":"u","owner":{"name":"bob"},"refs":[1],"score":null}`), &back)
	fmt.Println(err, back.ID, back.Created, back.Updated, back.Owner.Name, back.Refs, back.Score == nil)
	var generic map[string]any
	json.Unmarshal(b, &generic)
	fmt.Println(generic["id"], generic["refs"], generic["created"], len(generic))
	var list []Doc
	json.Unmarshal([]byte(`[{"id":1},{"id":2,"body":"x"}]`), &list)
	fmt.Println(len(list), list[1].Body, list[0].Owner == nil)
}
