package main

import (
	"fmt"
	"strings"
)

type HandlerFunc func(string) string

type Router struct {
	routes map[string]HandlerFunc
}

func NewRouter() *Router {
	return &Router{routes: map[string]HandlerFunc{}}
}

func (r *Router) Handle(path string, h HandlerFunc) { r.routes[path] = h }

func (r *Router) Lookup(path string) (HandlerFunc, bool) {
	h, ok := r.routes[path]
	return h, ok
}

func (r *Router) Handler(path string) HandlerFunc {
	if h, ok := r.Lookup(path); ok {
		return h
	}
	return r.notFound()
}

func (r *Router) notFound() HandlerFunc {
	return func(string) string { return "404" }
}

func logged(h HandlerFunc) HandlerFunc {
	return func(req string) string {
		fmt.Println("->", req)
		return h(req)
	}
}

func main() {
	r := NewRouter()
	r.Handle("/hello", func(req string) string { return "hello " + strings.TrimPrefix(req, "/hello?name=") })
	h := logged(r.Handler("/hello"))
	fmt.Println(h("/hello?name=gopher"))
	fmt.Println(r.Handler("/missing")("/missing"))
}
