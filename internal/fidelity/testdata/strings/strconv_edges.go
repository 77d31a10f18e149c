package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0x1F", "0b101", "0o17", "-128", "1_000", "+5", " 7", "9223372036854775808"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	i8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(i8, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e400", "-0", "NaN", "inf", ".5", "0x1p-2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(2.5, 'e', 3, 32))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.Itoa(-0))
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.Quote("tab\there \"q\" é \x00"), strconv.QuoteToASCII("é☺"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\nb"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)))
}
