package main

import "fmt"

type E struct{ s string }

func (e *E) Error() string { return "E:" + e.s }

type Tag string

func (t Tag) String() string { return "<" + string(t) + ">" }

func main() {
	src := map[string]int{"a": 1, "b": 2}
	seen := map[string]bool{}
	v := 42
	for _, k := range []string{"a", "zz", "b", "yy"} {
		v, seen[k] = src[k]
		fmt.Println(k, v, seen[k])
	}
	var x any = "old"
	x, seen["q"] = src["nope"]
	fmt.Printf("%v %v\n", x, seen)
	errs := map[string]*E{"a": {"bad"}, "n": nil}
	var err error = &E{"prev"}
	err, seen["err"] = errs["n"]
	fmt.Println(err != nil, seen["err"])
	err, seen["err2"] = errs["missing"]
	fmt.Println(err != nil, seen["err2"], err == (*E)(nil))
	tags := map[int]Tag{1: "one"}
	var s fmt.Stringer
	s, seen["t"] = tags[1]
	fmt.Println(s, seen["t"])
	s, seen["t2"] = tags[2]
	fmt.Println(s, seen["t2"])
	p := new(int)
	*p = 9
	*p, seen["p"] = src["zz"]
	fmt.Println(*p, seen["p"])
	counts := map[string]int{"a": 5}
	counts["a"], seen["self"] = counts["a"]
	fmt.Println(counts, seen["self"])
	var ok bool
	v, ok = src["none"]
	fmt.Println(v, ok)
}
