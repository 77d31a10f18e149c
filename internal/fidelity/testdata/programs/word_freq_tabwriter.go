package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

type entry struct {
	word  string
	count int
	lines map[int]bool
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	freq := map[string]*entry{}
	lineNo := 0
	for sc.Scan() {
		lineNo++
		words := strings.FieldsFunc(sc.Text(), func(r rune) bool {
			return !unicode.IsLetter(r)
		})
		for _, w := range words {
			w = strings.ToLower(w)
			e, ok := freq[w]
			if !ok {
				e = &entry{word: w, lines: map[int]bool{}}
				freq[w] = e
			}
			e.count++
			e.lines[lineNo] = true
		}
	}
	list := make([]*entry, 0, len(freq))
	for _, e := range freq {
		list = append(list, e)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "word\tcount\tlines\t")
	for _, e := range list[:8] {
		var ls []string
		for l := 1; l <= lineNo; l++ {
			if e.lines[l] {
				ls = append(ls, fmt.Sprint(l))
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t\n", e.word, e.count, strings.Join(ls, ","))
	}
	tw.Flush()
	fmt.Println(len(list), "distinct words")
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintf(w, "%q\n", strings.Title("hello world"))
	fmt.Fprintf(w, "%s|%10.3s|%-6s|\n", strings.Repeat("ab", 3), "truncate", "x")
}
