package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "contact ann@example.com or bob@test.com, not carl@site.org"
	fmt.Println(re.FindAllString(text, -1))
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		fmt.Println(m[1], "at", m[2])
	}
	fmt.Println(re.ReplaceAllString(text, "<$2:$1>"))
	date := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})`)
	m := date.FindStringSubmatch("released 2024-03-15")
	for i, name := range date.SubexpNames() {
		if name != "" {
			fmt.Printf("%s=%s ", name, m[i])
		}
	}
	fmt.Println()
	fmt.Println(regexp.MustCompile(`\s+`).Split("a  b \t c", -1), len(regexp.MustCompile(`a*`).FindAllStringIndex("baaab", -1)))
	_, err := regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1+1=2?"), re.MatchString("x@y.com"))
	fmt.Println(re.ReplaceAllStringFunc(text, func(s string) string { return fmt.Sprint(len(s)) }))
}
