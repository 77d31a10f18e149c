package main

import (
	"encoding/json"
	"fmt"
)

type Secret struct{ v string }

func (s *Secret) MarshalJSON() ([]byte, error) { return []byte(`"***"`), nil }

type Doc struct {
	S  Secret
	PS *Secret
}

func main() {
	b, _ := json.Marshal(Doc{Secret{"a"}, &Secret{"b"}})
	fmt.Println(string(b))
	b, _ = json.Marshal(&Doc{Secret{"a"}, nil})
	fmt.Println(string(b))
}
