package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Timestamps struct {
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated,omitempty"`
}

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

type Job struct {
	Timestamps
	Name    string   `json:"name"`
	Timeout Duration `json:"timeout"`
	retries int
}

func main() {
	at := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	j := Job{Timestamps{Created: at}, "backup", Duration{90 * time.Second}, 3}
	b, _ := json.MarshalIndent(j, "", "  ")
	fmt.Println(string(b))
	var back Job
	err := json.Unmarshal([]byte(`{"created":"2024-06-01T00:00:00Z","name":"sync","timeout":"2m"}`), &back)
	fmt.Println(err, back.Created.Format(time.DateOnly), back.Name, back.Timeout, back.retries)
}
