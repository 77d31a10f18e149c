// A nil pointer of a type with both String and Error methods held as
// fmt.Stringer: fmt calls Error, before String, with the nil receiver.
package main

import "fmt"

type Status struct{ Code int }

func (s *Status) Error() string {
	if s == nil {
		return "no status"
	}
	return fmt.Sprint("status ", s.Code)
}

func (s *Status) String() string { return "Status" }

func lookup(ok bool) *Status {
	if ok {
		return &Status{200}
	}
	return nil
}

func main() {
	var s fmt.Stringer = lookup(false)
	fmt.Println(s, s == nil)
	fmt.Printf("%v|%s|%q\n", s, s, s)
	all := []fmt.Stringer{lookup(true), lookup(false)}
	fmt.Println(all)
	if err, ok := s.(error); ok {
		fmt.Println("error:", err)
	}
}

// Output:
// no status false
// no status|no status|"no status"
// [status 200 no status]
// error: no status
