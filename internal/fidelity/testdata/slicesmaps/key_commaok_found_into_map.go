package main

import "fmt"

type H struct{ K string }

func lookup(k string) (string, bool) {
	if k == "a" {
		return "b", true
	}
	return "", false
}

func main() {
	src := map[string]string{"a": "b", "b": "c"}
	dst := map[string]bool{}
	k := "a"
	k, dst[k] = src[k]
	fmt.Println(k, dst)
	k, dst[k] = src[k]
	fmt.Println(k, dst)
	h := &H{K: "a"}
	h.K, dst[h.K] = lookup(h.K)
	fmt.Println(h.K, dst)
	var x any = "q"
	k, dst[k] = x.(string)
	fmt.Println(k, dst)
}
