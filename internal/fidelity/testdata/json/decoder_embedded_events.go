package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

type Meta struct {
	ID   int    `json:"id"`
	Time string `json:"time"`
}

type Event struct {
	Meta
	Kind string `json:"kind"`
	User string `json:"user,omitempty"`
}

const stream = `
{"id":1,"time":"10:00","kind":"login","user":"ann"}
{"id":2,"time":"10:05","kind":"logout","user":"ann"}
{"id":"three","time":"10:07","kind":"login"}
{"id":4,"time":"10:09","kind":"ping"}
`

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	var events []Event
	for {
		var e Event
		err := dec.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		events = append(events, e)
	}
	for _, e := range events {
		fmt.Printf("#%d %s %s %q\n", e.ID, e.Time, e.Kind, e.User)
	}
	out, _ := json.Marshal(events[0])
	fmt.Println(string(out))
}
