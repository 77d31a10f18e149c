package main

import (
	"bufio"
	"fmt"
	"strings"
)

const text = `# inventory
apples 3
pears  10

plums 7
bad line here
`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	lineNo := 0
	total := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var name string
		var n int
		if _, err := fmt.Sscanf(line, "%s %d", &name, &n); err != nil {
			fmt.Printf("line %d: %v\n", lineNo, err)
			continue
		}
		total += n
		fmt.Printf("%-6s %3d\n", name, n)
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
	}
	fmt.Println("total", total)
	ws := bufio.NewScanner(strings.NewReader("the quick  brown\tfox\njumps"))
	ws.Split(bufio.ScanWords)
	count := 0
	for ws.Scan() {
		count++
	}
	fmt.Println("words:", count)
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("%q ", rs.Text())
	}
	fmt.Println()
}
