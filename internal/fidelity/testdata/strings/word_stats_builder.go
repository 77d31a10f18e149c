package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type Stat struct {
	Word  string
	Count int
}

func main() {
	text := `Go is expressive, concise, clean, and efficient. Its concurrency
mechanisms make it easy to write programs that get the most out of multicore
and networked machines. Go is fun!`
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	var stats []Stat
	for w, c := range counts {
		stats = append(stats, Stat{w, c})
	}
	sort.Slice(stats, func(i, j int) bool {
		if stats[i].Count != stats[j].Count {
			return stats[i].Count > stats[j].Count
		}
		return stats[i].Word < stats[j].Word
	})
	fmt.Println(len(words), len(counts), stats[:3])
	var sb strings.Builder
	for i, s := range stats[:5] {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%s×%d", s.Word, s.Count)
	}
	fmt.Println(sb.String(), sb.Len())
	title := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return unicode.ToUpper(r)
	}, "make it easy")
	fmt.Println(title, strings.Count(text, "Go"), strings.LastIndex(text, "Go"))
	r := strings.NewReplacer("Go", "Gopher", "!", "?")
	fmt.Println(r.Replace("Go is fun!"))
}
