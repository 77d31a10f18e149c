// Slice expressions with unsigned bounds out of range, said as the
// unsigned numbers they are, and with bounds of both signednesses.
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	str := "abc"
	var big uint64 = 1<<64 - 1
	var u32 uint32 = 1<<32 - 1
	var two uint8 = 2
	i := -1
	try(func() { _ = s[0:big] })
	try(func() { _ = s[big:] })
	try(func() { _ = s[u32:big] })
	try(func() { _ = str[:big] })
	try(func() { _ = s[two:1] })
	try(func() { _ = s[i:two] })
	try(func() { _ = s[0:two:big] })
	try(func() { _ = s[big:two:3] })
	fmt.Println(s[two:], s[:two:two], str[two:])
}

// Output:
// runtime error: slice bounds out of range [:18446744073709551615] with capacity 3
// runtime error: slice bounds out of range [18446744073709551615:3]
// runtime error: slice bounds out of range [:18446744073709551615] with capacity 3
// runtime error: slice bounds out of range [:18446744073709551615] with length 3
// runtime error: slice bounds out of range [2:1]
// runtime error: slice bounds out of range [-1:]
// runtime error: slice bounds out of range [::18446744073709551615] with capacity 3
// runtime error: slice bounds out of range [18446744073709551615:2:]
// [3] [1 2] c
