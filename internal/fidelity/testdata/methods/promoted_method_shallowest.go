package main

import "fmt"

type Timestamps struct{ created string }

func (t Timestamps) Created() string { return t.created }

type Record struct {
	Timestamps
	ID int
}

// Document embeds a Record, which has its own Timestamps, and Timestamps
// of its own: Go takes the shallower one.
type Document struct {
	Record
	Timestamps
	Title string
}

func main() {
	d := Document{
		Record:     Record{Timestamps{"2020-01-01"}, 7},
		Timestamps: Timestamps{"2024-06-30"},
		Title:      "notes",
	}
	fmt.Println(d.Title, d.Created())
	fmt.Println(d.Record.Created(), d.ID)
	created := d.Created
	fmt.Println(created())
}
