package main

import (
	"errors"
	"fmt"
)

type Expr interface{}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

var ErrDivZero = errors.New("division by zero")

func eval(e Expr, env map[string]float64) (float64, error) {
	switch n := e.(type) {
	case Num:
		return float64(n), nil
	case Var:
		v, ok := env[string(n)]
		if !ok {
			return 0, fmt.Errorf("undefined: %s", n)
		}
		return v, nil
	case *Bin:
		l, err := eval(n.L, env)
		if err != nil {
			return 0, err
		}
		r, err := eval(n.R, env)
		if err != nil {
			return 0, err
		}
		switch n.Op {
		case '+':
			return l + r, nil
		case '*':
			return l * r, nil
		case '/':
			if r == 0 {
				return 0, ErrDivZero
			}
			return l / r, nil
		}
		return 0, fmt.Errorf("bad op %c", n.Op)
	case Call:
		if n.Fn == "neg" && len(n.Args) == 1 {
			v, err := eval(n.Args[0], env)
			return -v, err
		}
		return 0, fmt.Errorf("unknown func %s/%d", n.Fn, len(n.Args))
	case nil:
		return 0, errors.New("nil expression")
	default:
		return 0, fmt.Errorf("unknown node %T", n)
	}
}

func main() {
	env := map[string]float64{"x": 3, "y": 4}
	exprs := []Expr{
		Num(2),
		Var("x"),
		&Bin{'+', Var("x"), &Bin{'*', Var("y"), Num(10)}},
		&Bin{'/', Num(1), &Bin{'+', Var("x"), Num(-3)}},
		Call{"neg", []Expr{Var("y")}},
		Call{"sqrt", nil},
		Var("z"),
		nil,
		42,
		&Bin{'%', Num(1), Num(2)},
	}
	for _, e := range exprs {
		v, err := eval(e, env)
		fmt.Println(v, err, errors.Is(err, ErrDivZero))
	}
}
