package main

import (
	"fmt"
	"strconv"
	"unicode"
)

type Kind int

const (
	Num Kind = iota
	Op
	LParen
	RParen
)

type Token struct {
	Kind Kind
	Text string
}

func tokenize(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(s) && unicode.IsDigit(rune(s[j])) {
				j++
			}
			toks = append(toks, Token{Num, s[i:j]})
			i = j
		case c == '(':
			toks = append(toks, Token{LParen, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RParen, ")"})
			i++
		case c == '+' || c == '-' || c == '*' || c == '/':
			toks = append(toks, Token{Op, string(c)})
			i++
		default:
			return nil, fmt.Errorf("unexpected %q at %d", c, i)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() int {
	v := p.term()
	for t := p.peek(); t != nil && t.Kind == Op && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.pos++
		r := p.term()
		if t.Text == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for t := p.peek(); t != nil && t.Kind == Op && (t.Text == "*" || t.Text == "/"); t = p.peek() {
		p.pos++
		r := p.factor()
		if t.Text == "*" {
			v *= r
		} else {
			v /= r
		}
	}
	return v
}

func (p *parser) factor() int {
	t := p.peek()
	p.pos++
	if t.Kind == LParen {
		v := p.expr()
		p.pos++
		return v
	}
	n, _ := strconv.Atoi(t.Text)
	return n
}

func main() {
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2", "2 * (3 + 4) * 5", "1 $ 2"} {
		toks, err := tokenize(src)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		p := &parser{toks: toks}
		fmt.Printf("%s = %d (%d tokens)\n", src, p.expr(), len(toks))
	}
}
