// Recovered bounds-check panics say the index and the length or capacity,
// as Go's runtime does, for slices, arrays, pointers to arrays and strings.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	arr := [3]int{}
	s := make([]int, 3, 5)
	str := "abc"
	p := &arr
	i, j, k, neg := 5, 1, 4, -1
	var u8 uint8 = 200
	try(func() { _ = arr[:i] })
	try(func() { _ = p[:i] })
	try(func() { _ = str[:i] })
	try(func() { _ = s[i:] })
	try(func() { _ = s[k:j] })
	try(func() { _ = s[j : k : i+1] })
	try(func() { _ = s[j:i:k] })
	try(func() { _ = s[k:j:k] })
	try(func() { _ = s[neg] })
	try(func() { _ = s[neg:] })
	try(func() { _ = s[:neg] })
	try(func() { _ = s[u8] })
	try(func() { _ = str[i:] })
	try(func() { _ = arr[i:] })
	try(func() { _ = s[:1:neg] })
	m := map[string]int{"a": 1}
	idx := []int{0, 2, 9}
	for n := range idx {
		try(func() { fmt.Println(s[idx[n]], m["a"]) })
	}
	total := 0
	for i := range s {
		total += s[i]
	}
	for i := 0; i < len(s); i++ {
		total += s[i]
	}
	fmt.Println(total)
}

// Output:
// runtime error: slice bounds out of range [:5] with length 3
// runtime error: slice bounds out of range [:5] with length 3
// runtime error: slice bounds out of range [:5] with length 3
// runtime error: slice bounds out of range [5:3]
// runtime error: slice bounds out of range [4:1]
// runtime error: slice bounds out of range [::6] with capacity 5
// runtime error: slice bounds out of range [:5:4]
// runtime error: slice bounds out of range [4:1:]
// runtime error: index out of range [-1]
// runtime error: slice bounds out of range [-1:]
// runtime error: slice bounds out of range [:-1]
// runtime error: index out of range [200] with length 3
// runtime error: slice bounds out of range [5:3]
// runtime error: slice bounds out of range [5:3]
// runtime error: slice bounds out of range [::-1]
// 0 1
// <nil>
// 0 1
// <nil>
// runtime error: index out of range [9] with length 3
// 0
