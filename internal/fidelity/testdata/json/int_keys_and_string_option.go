package main

import (
	"encoding/json"
	"fmt"
)

type Stats struct {
	Hits  int     `json:"hits,string"`
	Ratio float64 `json:"ratio,string"`
}

type Report struct {
	Stats
	ByHour map[int]string  `json:"by_hour"`
	ByDay  map[uint8]Stats `json:"by_day"`
}

func main() {
	var r Report
	err := json.Unmarshal([]byte(`{"hits":"12","ratio":"0.5","by_hour":{"9":"open","17":"close"},"by_day":{"1":{"hits":"3"}}}`), &r)
	fmt.Println(err, r.Hits, r.Ratio, r.ByHour, r.ByDay)
	fmt.Println(json.Unmarshal([]byte(`{"hits":12}`), &r))
	fmt.Println(json.Unmarshal([]byte(`{"by_day":{"300":{}}}`), &r))
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
}
